package cn.nianbao.backend.platform.security;

/** The one role a user has; its scope says where. */
public enum Role {
    /** Users, roles and the agency tree; sees everything. */
    ADMIN("管理员"),
    /** A region subtree: sees every body under it, reviews findings, exports. */
    SUPERVISOR("督查"),
    /** One body: submits and corrects its own reports, sees its own findings. */
    CLERK("填报"),
    /** A region subtree, read-only. */
    VIEWER("查看");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
