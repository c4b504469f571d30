package cn.nianbao.backend.platform.database;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.logging.Log;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The role the running application connects as: not a superuser, owning nothing, with the privileges
 * {@link ApplicationRolePrivileges} grants after every migration (DML, no TRUNCATE, no secrets). The owner role runs
 * the migrations.
 * <ul>
 * <li>A password configured for it ({@code nianbao.database.app-password[-file]}): a role a DBA keeps; used as is.</li>
 * <li>No password configured: the backend keeps the role itself, through the owner — it creates it when missing and
 * sets its password, derived from the owner's so that every backend on the same database agrees on it. This needs
 * an owner that may create roles (the embedded server's postgres, docker-compose's POSTGRES_USER).</li>
 * <li>No role name, or an owner that may not create roles and no password: the application works as the owner, with
 * a warning — simpler, but TRUNCATE and the secrets are then within reach of the application's connection.</li>
 * </ul>
 */
final class ApplicationRole {

    private ApplicationRole() {
    }

    static DatabaseLogin resolve(String jdbcUrl, DatabaseLogin owner, String appName, String appPassword, Log log) {
        if (appName.isEmpty() || appName.equals(owner.username())) {
            return owner;
        }
        if (!appPassword.isEmpty()) {
            return new DatabaseLogin(appName, appPassword);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl, owner.username(), owner.password())) {
            DSLContext dsl = DSL.using(connection, SQLDialect.POSTGRES);
            boolean mayCreateRoles = roleHas(dsl, "rolsuper OR rolcreaterole", DSL.field("current_user"));
            if (!mayCreateRoles) {
                log.warn("数据库角色 " + owner.username() + " 无权创建角色，应用将以该所有者角色运行（可执行 TRUNCATE、读取密钥）。"
                        + "建议由数据库管理员创建角色 " + appName + " 并配置 NIANBAO_DATABASE_APP_PASSWORD，见 docs/SECURITY.md");
                return owner;
            }
            String password = derivedPassword(owner, appName);
            boolean exists = dsl.fetchExists(dsl.selectOne().from("pg_roles").where("rolname = {0}", DSL.inline(appName)));
            // a new role gets PostgreSQL's defaults: no superuser, no CREATEDB, no CREATEROLE, no BYPASSRLS
            dsl.execute((exists ? "ALTER" : "CREATE") + " ROLE {0} WITH LOGIN PASSWORD {1}", DSL.name(appName),
                    DSL.inline(password));
            if (!exists) {
                log.info("已创建数据库角色 " + appName + "（应用运行所用，非超级用户，不拥有任何对象）");
            }
            boolean privileged = roleHas(dsl, "rolsuper OR rolcreaterole OR rolcreatedb OR rolbypassrls",
                    DSL.inline(appName));
            if (privileged) {
                throw new IllegalStateException("数据库角色 " + appName + " 拥有超级用户、建库、建角色或绕过行级安全的权限，"
                        + "不能作为应用角色；请撤销这些权限或另选角色（NIANBAO_DATABASE_APP_USERNAME）");
            }
            return new DatabaseLogin(appName, password);
        } catch (SQLException e) {
            throw new IllegalStateException("无法以数据库角色 " + owner.username() + " 准备应用角色 " + appName + "："
                    + e.getMessage(), e);
        }
    }

    private static boolean roleHas(DSLContext dsl, String attributes, org.jooq.Field<?> role) {
        return Boolean.TRUE.equals(dsl.fetchValue(DSL.select(DSL.field(attributes, Boolean.class))
                .from("pg_roles").where("rolname = {0}", role)));
    }

    /**
     * HMAC of the role's name under the owner's password: the same on every start and every backend, never stored,
     * and telling nothing about the owner's password. Without an owner password (a server that trusts its clients)
     * there is nothing secret to derive from, and a random one is used.
     */
    static String derivedPassword(DatabaseLogin owner, String appName) {
        if (owner.password() == null || owner.password().isEmpty()) {
            return OwnerPasswordFile.generate();
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(owner.password().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("nianbao application role " + appName).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
