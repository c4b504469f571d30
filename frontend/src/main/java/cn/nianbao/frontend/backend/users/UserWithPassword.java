package cn.nianbao.frontend.backend.users;

import cn.nianbao.frontend.backend.User;

/**
 * A user just created or given a new password, with the one-time password to hand over. The dashboard shows it once
 * and keeps it nowhere.
 */
public record UserWithPassword(User user, String oneTimePassword) {

    @Override
    public String toString() {
        return "UserWithPassword[user=" + user + ", oneTimePassword=…]";
    }
}
