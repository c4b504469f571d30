package cn.nianbao.backend.account.persistence;

import static cn.nianbao.backend.db.Tables.AGENCY;
import static cn.nianbao.backend.db.Tables.APP_USER;

import java.time.OffsetDateTime;

import cn.nianbao.backend.account.NewUser;
import cn.nianbao.backend.account.UserAccount;
import cn.nianbao.backend.db.enums.UserRole;
import cn.nianbao.backend.platform.security.Role;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Users and their sign-in state. Every change of password, role, scope or status raises credentials_version. */
@Repository
public class UserRepository {

    private final DSLContext dsl;

    public UserRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Mono<UserAccount> findByUsername(String username) {
        return Mono.from(select(APP_USER.USERNAME.eq(username))).map(UserRepository::toAccount);
    }

    public Mono<UserAccount> findById(long id) {
        return Mono.from(select(APP_USER.ID.eq(id))).map(UserRepository::toAccount);
    }

    public Flux<UserAccount> all() {
        return Flux.from(select(DSL.noCondition()).orderBy(APP_USER.ROLE, APP_USER.USERNAME))
                .map(UserRepository::toAccount);
    }

    public Mono<Boolean> isEmpty() {
        return Mono.from(dsl.selectOne().from(APP_USER).limit(1)).hasElement().map(found -> !found);
    }

    /** Adds the user unless the username is taken; the new id, or empty when it was. */
    public Mono<Long> insertIfAbsent(NewUser user) {
        return Mono.from(dsl.insertInto(APP_USER, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.PASSWORD_HASH,
                                APP_USER.ROLE, APP_USER.SCOPE_AGENCY_ID, APP_USER.MUST_CHANGE_PASSWORD, APP_USER.DEMO)
                        .values(user.username(), user.displayName(), user.passwordHash(), role(user.role()),
                                user.scopeAgencyId(), user.mustChangePassword(), user.demo())
                        .onConflict(APP_USER.USERNAME).doNothing()
                        .returning(APP_USER.ID))
                .map(record -> record.getId());
    }

    public Mono<Void> recordFailedLogin(long id, OffsetDateTime lockedUntil) {
        return Mono.from(dsl.update(APP_USER)
                .set(APP_USER.FAILED_LOGINS, APP_USER.FAILED_LOGINS.plus(1))
                .set(APP_USER.LOCKED_UNTIL, lockedUntil)
                .where(APP_USER.ID.eq(id))).then();
    }

    public Mono<Void> recordSuccessfulLogin(long id) {
        return Mono.from(dsl.update(APP_USER)
                .set(APP_USER.FAILED_LOGINS, 0)
                .setNull(APP_USER.LOCKED_UNTIL)
                .where(APP_USER.ID.eq(id))).then();
    }

    public Mono<Void> changePassword(long id, String passwordHash, boolean mustChange) {
        return Mono.from(dsl.update(APP_USER)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.MUST_CHANGE_PASSWORD, mustChange)
                .set(APP_USER.PASSWORD_CHANGED_AT, DSL.currentOffsetDateTime())
                .set(APP_USER.FAILED_LOGINS, 0)
                .setNull(APP_USER.LOCKED_UNTIL)
                .set(APP_USER.CREDENTIALS_VERSION, APP_USER.CREDENTIALS_VERSION.plus(1))
                .where(APP_USER.ID.eq(id))).then();
    }

    public Mono<Void> update(long id, String displayName, Role role, Long scopeAgencyId, boolean disabled) {
        return Mono.from(dsl.update(APP_USER)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.ROLE, role(role))
                .set(APP_USER.SCOPE_AGENCY_ID, scopeAgencyId)
                .set(APP_USER.DISABLED, disabled)
                .set(APP_USER.CREDENTIALS_VERSION, APP_USER.CREDENTIALS_VERSION.plus(1))
                .where(APP_USER.ID.eq(id))).then();
    }

    private org.jooq.SelectConditionStep<Record> select(Condition condition) {
        return dsl.select(APP_USER.asterisk(), AGENCY.CODE, AGENCY.NAME)
                .from(APP_USER)
                .leftJoin(AGENCY).on(AGENCY.ID.eq(APP_USER.SCOPE_AGENCY_ID))
                .where(condition);
    }

    private static UserRole role(Role role) {
        return UserRole.valueOf(role.name());
    }

    private static UserAccount toAccount(Record row) {
        return new UserAccount(row.get(APP_USER.ID), row.get(APP_USER.USERNAME), row.get(APP_USER.DISPLAY_NAME),
                row.get(APP_USER.PASSWORD_HASH), Role.valueOf(row.get(APP_USER.ROLE).name()),
                row.get(APP_USER.SCOPE_AGENCY_ID), row.get(AGENCY.CODE), row.get(AGENCY.NAME),
                row.get(APP_USER.MUST_CHANGE_PASSWORD), row.get(APP_USER.DISABLED), row.get(APP_USER.DEMO),
                row.get(APP_USER.FAILED_LOGINS), row.get(APP_USER.LOCKED_UNTIL), row.get(APP_USER.CREDENTIALS_VERSION),
                row.get(APP_USER.CREATED_AT), row.get(APP_USER.PASSWORD_CHANGED_AT));
    }
}
