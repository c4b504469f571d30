package cn.nianbao.backend.account.persistence;

import static cn.nianbao.backend.db.Tables.AGENCY;
import static cn.nianbao.backend.db.Tables.APP_USER;
import static cn.nianbao.backend.db.Tables.SIGN_IN_FAILURE;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import cn.nianbao.backend.account.LastAdministratorException;
import cn.nianbao.backend.account.NewUser;
import cn.nianbao.backend.account.UserAccount;
import cn.nianbao.backend.db.enums.UserRole;
import cn.nianbao.backend.platform.database.Database;
import cn.nianbao.backend.platform.database.RenderedOnce;
import cn.nianbao.backend.platform.security.Role;
import io.r2dbc.spi.R2dbcException;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Users and their sign-in state. Every change of password, role, scope or status raises credentials_version. Names
 * are unique regardless of case, and found regardless of case ({@code app_user_username_lower}).
 */
@Repository
public class UserRepository {

    /** The SQLSTATE of trigger keep_an_administrator (V4). */
    private static final String LAST_ADMINISTRATOR = "NB001";

    private final DSLContext dsl;
    /** The sign-in check of every request: its statement rendered once. */
    private final RenderedOnce byId;

    /** The users of the requests' tokens, read at most {@code nianbao.security.user-recheck} ago. */
    private final RecentUsers recent;

    public UserRepository(Database database, @Value("${nianbao.security.user-recheck:2s}") Duration recheck,
                          Clock clock) {
        this.dsl = database.autoCommit().dsl();
        this.byId = new RenderedOnce(database.autoCommit(), 1);
        this.recent = new RecentUsers(recheck, clock);
    }

    /** The user whose name is {@code username} in any mix of upper and lower case. */
    public Mono<UserAccount> findByUsername(String username) {
        return Mono.from(select(DSL.lower(APP_USER.USERNAME).eq(username.toLowerCase(Locale.ROOT))))
                .map(row -> account(row::get));
    }

    /**
     * The user of a request's token issued at {@code issuedAt} (null: unknown), as read at most
     * {@code nianbao.security.user-recheck} ago: every request asks ({@link RecentUsers}).
     */
    public Mono<UserAccount> signedIn(long id, Instant issuedAt) {
        return recent.user(id, issuedAt, () -> findById(id));
    }

    /** The user with this id as it is now; its statement is rendered once, for {@link #signedIn}. */
    public Mono<UserAccount> findById(long id) {
        return byId.fetch("by id", List.of(id), () -> select(APP_USER.ID.eq(id)), UserRepository::account)
                .next();
    }

    /**
     * One page of the users, by role then name; {@code text} (may be empty) is looked for in the username, the display
     * name and the scope's name, any case, as plain text (wildcards are escaped).
     */
    public Flux<UserAccount> page(String text, int offset, int limit) {
        Condition matching = text.isEmpty() ? DSL.noCondition()
                : APP_USER.USERNAME.containsIgnoreCase(text).or(APP_USER.DISPLAY_NAME.containsIgnoreCase(text))
                        .or(AGENCY.NAME.containsIgnoreCase(text));
        return Flux.from(select(matching).orderBy(APP_USER.ROLE, APP_USER.USERNAME).offset(offset).limit(limit))
                .map(row -> account(row::get));
    }

    /** The demo users that are not disabled (to disable them when the demo is switched off). */
    public Flux<UserAccount> activeDemoUsers() {
        return Flux.from(select(APP_USER.DEMO.isTrue().and(APP_USER.DISABLED.isFalse())).orderBy(APP_USER.USERNAME))
                .map(row -> account(row::get));
    }

    /** Whether an administrator who is neither disabled nor a demo user exists. */
    public Mono<Boolean> hasActiveAdministrator() {
        return Mono.from(dsl.selectOne().from(APP_USER).where(APP_USER.ROLE.eq(UserRole.ADMIN)
                        .and(APP_USER.DISABLED.isFalse()).and(APP_USER.DEMO.isFalse())).limit(1))
                .hasElement();
    }

    public Mono<Boolean> isEmpty() {
        return Mono.from(dsl.selectOne().from(APP_USER).limit(1)).hasElement().map(found -> !found);
    }

    /** Adds the user unless the username is taken, in any case; the new id, or empty when it was. */
    public Mono<Long> insertIfAbsent(NewUser user) {
        return Mono.from(dsl.insertInto(APP_USER, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.PASSWORD_HASH,
                                APP_USER.ROLE, APP_USER.SCOPE_AGENCY_ID, APP_USER.MUST_CHANGE_PASSWORD, APP_USER.DEMO)
                        .values(user.username(), user.displayName(), user.passwordHash(), role(user.role()),
                                user.scopeAgencyId(), user.mustChangePassword(), user.demo())
                        .onConflictDoNothing()
                        .returning(APP_USER.ID))
                .map(record -> record.getId())
                // an id used before (a database emptied or restored) names someone else now
                .doOnNext(recent::changed);
    }

    public Mono<Void> changePassword(long id, String passwordHash, boolean mustChange) {
        return Mono.from(dsl.update(APP_USER)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.MUST_CHANGE_PASSWORD, mustChange)
                .set(APP_USER.PASSWORD_CHANGED_AT, DSL.currentOffsetDateTime())
                .set(APP_USER.CREDENTIALS_VERSION, APP_USER.CREDENTIALS_VERSION.plus(1))
                .where(APP_USER.ID.eq(id)))
                .doOnTerminate(() -> recent.changed(id))
                .then();
    }

    /**
     * Changes what an administrator may change; a change that would leave no enabled administrator fails with
     * {@link LastAdministratorException} (the database refuses it, even when two such changes race).
     */
    public Mono<Void> update(long id, String displayName, Role role, Long scopeAgencyId, boolean disabled) {
        return Mono.from(dsl.update(APP_USER)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.ROLE, role(role))
                .set(APP_USER.SCOPE_AGENCY_ID, scopeAgencyId)
                .set(APP_USER.DISABLED, disabled)
                .set(APP_USER.CREDENTIALS_VERSION, APP_USER.CREDENTIALS_VERSION.plus(1))
                .where(APP_USER.ID.eq(id)))
                .doOnTerminate(() -> recent.changed(id))
                .onErrorMap(UserRepository::leavesNoAdministrator, e -> new LastAdministratorException())
                .then();
    }

    private static boolean leavesNoAdministrator(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof R2dbcException r2dbc && LAST_ADMINISTRATOR.equals(r2dbc.getSqlState())) {
                return true;
            }
        }
        return false;
    }

    private org.jooq.SelectConditionStep<? extends Record> select(Condition condition) {
        return dsl.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.PASSWORD_HASH, APP_USER.ROLE,
                        APP_USER.SCOPE_AGENCY_ID, AGENCY.CODE, AGENCY.NAME, APP_USER.MUST_CHANGE_PASSWORD,
                        APP_USER.DISABLED, APP_USER.DEMO, SIGN_IN_FAILURE.LOCKED_UNTIL, APP_USER.CREDENTIALS_VERSION,
                        APP_USER.CREATED_AT, APP_USER.PASSWORD_CHANGED_AT)
                .from(APP_USER)
                .leftJoin(AGENCY).on(AGENCY.ID.eq(APP_USER.SCOPE_AGENCY_ID))
                .leftJoin(SIGN_IN_FAILURE).on(SIGN_IN_FAILURE.NAME.eq(DSL.lower(APP_USER.USERNAME))
                        .and(SIGN_IN_FAILURE.LOCKED_UNTIL.gt(DSL.currentOffsetDateTime())))
                .where(condition);
    }

    private static UserRole role(Role role) {
        return UserRole.valueOf(role.name());
    }

    /** A user read by the position of {@link #select}'s columns. */
    private static UserAccount account(RenderedOnce.Columns row) {
        return new UserAccount(row.get(0, Long.class), row.get(1, String.class), row.get(2, String.class),
                row.get(3, String.class), Role.valueOf(row.get(4, String.class)), row.get(5, Long.class),
                row.get(6, String.class), row.get(7, String.class), row.get(8, Boolean.class),
                row.get(9, Boolean.class), row.get(10, Boolean.class), row.get(11, OffsetDateTime.class),
                row.get(12, Integer.class), row.get(13, OffsetDateTime.class), row.get(14, OffsetDateTime.class));
    }
}
