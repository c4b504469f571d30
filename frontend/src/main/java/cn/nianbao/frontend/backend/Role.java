package cn.nianbao.frontend.backend;

/**
 * The one role a user has (docs/SECURITY.md). The backend enforces what each may do; the dashboard only shows each
 * role the pages it may use. The constants in {@link Names} are for annotations such as {@code @RolesAllowed}.
 */
public enum Role {
    /** Users, roles, the whole tree and the whole audit log. */
    ADMIN,
    /** A region: reads every body under it, exports, reads the region's audit log. */
    SUPERVISOR,
    /** One body: its own reports. */
    CLERK,
    /** A region, read-only. */
    VIEWER;

    /** The role names as compile-time constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String SUPERVISOR = "SUPERVISOR";
        public static final String CLERK = "CLERK";
        public static final String VIEWER = "VIEWER";

        private Names() {
        }
    }
}
