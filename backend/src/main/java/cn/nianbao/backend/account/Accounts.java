package cn.nianbao.backend.account;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import cn.nianbao.backend.account.persistence.UserRepository;
import cn.nianbao.backend.agency.Agency;
import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.audit.AuditAction;
import cn.nianbao.backend.audit.AuditLog;
import cn.nianbao.backend.platform.security.Caller;
import cn.nianbao.backend.platform.security.Role;
import cn.nianbao.backend.platform.web.BadRequestException;
import cn.nianbao.backend.platform.web.NotFoundException;
import cn.nianbao.backend.platform.web.RequestLimits;
import cn.nianbao.backend.platform.web.TooManyRequestsException;
import cn.nianbao.backend.platform.web.UnauthorizedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Managing users (administrators only) and one's own password and token. Every change is in the audit log. */
@Service
public class Accounts {

    /** What the audit log names as the target of attempts on the current password. */
    static final String CHANGING_PASSWORD = "修改密码";

    /** The bounds of one page of the users list. */
    static final int MAX_SEARCH = 64;
    static final int MAX_OFFSET = 1_000_000;
    static final int MAX_LIMIT = 500;
    static final int DEFAULT_LIMIT = 100;

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final AgencyDirectory scope;
    private final AuditLog audit;
    private final TokenService tokens;
    private final SignInThrottle throttle;
    private final RefreshThrottle renewals;

    public Accounts(UserRepository users, PasswordEncoder passwords, AgencyDirectory scope, AuditLog audit,
                    TokenService tokens, SignInThrottle throttle, RefreshThrottle renewals) {
        this.users = users;
        this.passwords = passwords;
        this.scope = scope;
        this.audit = audit;
        this.tokens = tokens;
        this.throttle = throttle;
        this.renewals = renewals;
    }

    /** A user created or given a new password; {@code oneTimePassword} is shown once, to the administrator. */
    public record WithPassword(UserAccount user, String oneTimePassword) {
    }

    /** What an administrator may change about a user; null leaves a field as it is. */
    public record Change(String displayName, Role role, String scopeAgencyCode, Boolean disabled) {
    }

    /** One page of the users matching {@code text} (null or blank: all), by role then name. */
    public Flux<UserAccount> list(Caller caller, String text, String offset, String limit) {
        return scope.requireAdmin(caller, "管理用户").thenMany(Flux.defer(() -> users.page(
                RequestLimits.text("q", text, MAX_SEARCH),
                RequestLimits.number("offset", offset, 0, MAX_OFFSET, 0),
                RequestLimits.number("limit", limit, 1, MAX_LIMIT, DEFAULT_LIMIT))));
    }

    public Mono<UserAccount> me(Caller caller) {
        return users.findById(caller.userId());
    }

    public Mono<WithPassword> create(Caller caller, String username, String displayName, Role role,
                                     String scopeAgencyCode) {
        String name = username == null ? "" : username.trim();
        if (!name.matches("[A-Za-z0-9._-]{2,64}")) {
            return Mono.error(new BadRequestException("username", "用户名应为 2 至 64 个英文字母、数字、点、下划线或连字符"));
        }
        if (role == null) {
            return Mono.error(new BadRequestException("role", "请选择角色"));
        }
        String oneTime = PasswordPolicy.oneTime();
        return scope.requireAdmin(caller, "新建用户")
                .then(scopeFor(role, scopeAgencyCode))
                .map(java.util.Optional::of)
                .defaultIfEmpty(java.util.Optional.empty())
                .flatMap(agency -> hash(oneTime).flatMap(hash -> users.insertIfAbsent(new NewUser(name,
                                displayName == null || displayName.isBlank() ? name : displayName.trim(), hash, role,
                                agency.map(Agency::id).orElse(null), true, false)))
                        .switchIfEmpty(Mono.error(new BadRequestException("username", "用户名 " + name + " 已被使用")))
                        .flatMap(users::findById)
                        .flatMap(created -> audit.record(caller, AuditAction.USER_CREATED, agency.orElse(null),
                                        "用户 " + name, "角色：" + role.label() + scopeText(agency.orElse(null)))
                                .thenReturn(new WithPassword(created, oneTime))));
    }

    public Mono<UserAccount> change(Caller caller, String username, Change change) {
        return scope.requireAdmin(caller, "修改用户")
                .then(existing(username))
                .flatMap(user -> {
                    Role role = change.role() == null ? user.role() : change.role();
                    String scopeCode = change.scopeAgencyCode() != null ? change.scopeAgencyCode()
                            : role == user.role() || role != Role.ADMIN && user.role() != Role.ADMIN
                            ? user.scopeAgencyCode() : null;
                    boolean disabled = change.disabled() == null ? user.disabled() : change.disabled();
                    String displayName = change.displayName() == null || change.displayName().isBlank()
                            ? user.displayName() : change.displayName().trim();
                    return scopeFor(role, scopeCode).map(java.util.Optional::of)
                            .defaultIfEmpty(java.util.Optional.empty())
                            .flatMap(agency -> users.update(user.id(), displayName, role,
                                            agency.map(Agency::id).orElse(null), disabled)
                                    // the database keeps one enabled administrator, even against racing changes
                                    .onErrorMap(LastAdministratorException.class, e -> new BadRequestException(
                                            disabled ? "disabled" : "role", e.getMessage()))
                                    .then(audit.record(caller, AuditAction.USER_CHANGED, agency.orElse(null),
                                            "用户 " + user.username(), describe(user, displayName, role,
                                                    agency.orElse(null), disabled))))
                            .then(users.findById(user.id()));
                });
    }

    public Mono<WithPassword> resetPassword(Caller caller, String username) {
        String oneTime = PasswordPolicy.oneTime();
        return scope.requireAdmin(caller, "重置密码")
                .then(existing(username))
                .flatMap(user -> hash(oneTime)
                        .flatMap(hash -> users.changePassword(user.id(), hash, true))
                        .then(throttle.unlock(user.username()))
                        .then(audit.record(caller, AuditAction.PASSWORD_RESET, null, "用户 " + user.username(), null))
                        .then(users.findById(user.id()))
                        .map(updated -> new WithPassword(updated, oneTime)));
    }

    /**
     * Changes the caller's own password and gives them a token for the new credentials. The current password is
     * guessed no more freely than at sign-in: the same throttle, lock and audit log ({@link SignInThrottle}).
     */
    public Mono<IssuedToken> changeOwnPassword(Caller caller, String currentPassword, String newPassword) {
        return throttle.checkAllowed(caller.username(), caller.role(), CHANGING_PASSWORD)
                .then(users.findById(caller.userId()))
                .switchIfEmpty(Mono.error(new UnauthorizedException("用户不存在")))
                .flatMap(user -> Mono.fromCallable(() -> currentPassword != null
                                && passwords.matches(currentPassword, user.passwordHash()))
                        .subscribeOn(Schedulers.boundedElastic())
                        .flatMap(matches -> {
                            if (!matches) {
                                return throttle.failed(user.username(), user.role(), CHANGING_PASSWORD, "当前密码错误")
                                        .then(Mono.error(new BadRequestException("current_password", "当前密码不正确")));
                            }
                            PasswordPolicy.check("new_password", user.username(), newPassword);
                            if (newPassword.equals(currentPassword)) {
                                return Mono.error(new BadRequestException("new_password", "新密码不能与当前密码相同"));
                            }
                            return throttle.succeeded(user.username())
                                    .then(hash(newPassword))
                                    .flatMap(hash -> users.changePassword(user.id(), hash, false))
                                    .then(audit.record(caller, AuditAction.PASSWORD_CHANGED, null, null, null))
                                    .then(users.findById(user.id()))
                                    .map(tokens::issue);
                        }));
    }

    /**
     * A fresh token for a caller whose token is still valid (the record may have changed meanwhile), for the same
     * sign-in: refused (401) once the session has lasted {@code session-max} since the password was typed, and (429)
     * when renewed too often.
     */
    public Mono<IssuedToken> refresh(Authentication authentication) {
        if (!(authentication instanceof CallerAuthentication signedIn) || signedIn.signedInAt() == null) {
            return Mono.error(new UnauthorizedException("登录已失效，请重新登录"));
        }
        Caller caller = signedIn.getPrincipal();
        return renewals.renew(caller.userId(), signedIn.signedInAt())
                .flatMap(wait -> wait.isZero() ? Mono.<Void>empty()
                        : Mono.error(new TooManyRequestsException("续期过于频繁，请稍后再试", wait)))
                .then(users.findById(caller.userId()))
                .flatMap(user -> Mono.justOrEmpty(tokens.renew(user, signedIn.signedInAt())))
                .switchIfEmpty(Mono.error(new UnauthorizedException("登录已超过 "
                        + tokens.sessionMax().toHours() + " 小时，请重新登录")));
    }

    private Mono<UserAccount> existing(String username) {
        return users.findByUsername(username)
                .switchIfEmpty(Mono.error(new NotFoundException("没有用户名为 " + username + " 的用户")));
    }

    private Mono<Agency> scopeFor(Role role, String agencyCode) {
        if (role == Role.ADMIN) {
            return Mono.empty();
        }
        if (agencyCode == null || agencyCode.isBlank()) {
            return Mono.error(new BadRequestException("scope_agency_code",
                    role == Role.CLERK ? "填报用户必须指定所属机构" : "督查和查看用户必须指定负责的地区"));
        }
        return scope.visible(new Caller(0, "", Role.ADMIN, null, null), agencyCode)
                .onErrorMap(NotFoundException.class, e -> new BadRequestException("scope_agency_code", e.getMessage()));
    }

    private Mono<String> hash(String password) {
        return Mono.fromCallable(() -> passwords.encode(password)).subscribeOn(Schedulers.boundedElastic());
    }

    private static String scopeText(Agency agency) {
        return agency == null ? "" : "，范围：" + agency.name();
    }

    private static String describe(UserAccount before, String displayName, Role role, Agency agency,
                                   boolean disabled) {
        List<String> changes = new ArrayList<>();
        if (!before.displayName().equals(displayName)) {
            changes.add("姓名 " + before.displayName() + " → " + displayName);
        }
        if (before.role() != role) {
            changes.add("角色 " + before.role().label() + " → " + role.label());
        }
        String newScope = agency == null ? null : agency.code();
        if (!java.util.Objects.equals(before.scopeAgencyCode(), newScope)) {
            changes.add("范围 " + (before.scopeAgencyName() == null ? "全部" : before.scopeAgencyName()) + " → "
                    + (agency == null ? "全部" : agency.name()));
        }
        if (before.disabled() != disabled) {
            changes.add(disabled ? "停用" : "启用");
        }
        return changes.isEmpty() ? "无变化" : String.join("；", changes);
    }
}
