package cn.nianbao.backend.platform.database;

/** A role name and its password. */
record DatabaseLogin(String username, String password) {

    @Override
    public String toString() {
        return "DatabaseLogin[" + username + "]";
    }
}
