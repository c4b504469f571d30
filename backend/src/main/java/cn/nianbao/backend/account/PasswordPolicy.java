package cn.nianbao.backend.account;

import java.security.SecureRandom;

import cn.nianbao.backend.platform.web.BadRequestException;

/** What a password must be, and how one-time passwords are made. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {
    }

    public static void check(String field, String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new BadRequestException(field, "密码至少需要 " + MIN_LENGTH + " 个字符");
        }
        if (password.length() > 128) {
            throw new BadRequestException(field, "密码最多 128 个字符");
        }
        if (password.equalsIgnoreCase(username)) {
            throw new BadRequestException(field, "密码不能与用户名相同");
        }
        if (password.chars().distinct().count() < 4) {
            throw new BadRequestException(field, "密码过于简单，请混用不同的字母、数字或符号");
        }
    }

    /** A random password of 16 letters and digits (no 0/O/1/l/I), to be changed at first sign-in. */
    public static String oneTime() {
        StringBuilder password = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
