package cn.nianbao.backend.platform.web;

/** Something the caller named does not exist; answered with 404 and this Chinese message. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
