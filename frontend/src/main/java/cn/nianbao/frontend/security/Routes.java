package cn.nianbao.frontend.security;

/** The addresses the security layer sends users to, without knowing the views behind them. */
public final class Routes {

    public static final String LOGIN = "login";
    /** 修改密码: the only page of a user who still has a one-time password. */
    public static final String PASSWORD = "password";
    /** 年报: a clerk's home (their own body's report). */
    public static final String REPORT = "report";
    /** 总览: everybody else's home. */
    public static final String HOME = "";

    private Routes() {
    }
}
