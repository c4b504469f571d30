package cn.nianbao.backend.platform.web;

/** The caller could not be identified (wrong password, no or invalid token); answered with 401. */
public class UnauthorizedException extends RuntimeException {

    public UnauthorizedException(String message) {
        super(message);
    }
}
