package cn.nianbao.backend.platform.web;

/** One entry of a problem detail's {@code errors}: the field (a contract path) and what is wrong. */
public record FieldProblem(String field, String message) {
}
