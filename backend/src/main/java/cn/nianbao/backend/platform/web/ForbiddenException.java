package cn.nianbao.backend.platform.web;

/** The caller may see the thing but not do this to it; answered with 403 and this Chinese message. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
