package cn.nianbao.backend.agency;

/** A body found by its name, with its parent's name (null at the top), which tells two bodies of one name apart. */
public record FoundBody(String code, String name, String parentName) {
}
