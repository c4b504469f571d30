package cn.nianbao.backend.account;

/** A change that would leave no enabled administrator, refused by the database (trigger keep_an_administrator). */
public class LastAdministratorException extends RuntimeException {

    public LastAdministratorException() {
        super("至少要保留一个可用的管理员");
    }
}
