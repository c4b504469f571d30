package cn.nianbao.backend.account;

import java.util.List;

import cn.nianbao.backend.account.persistence.UserRepository;
import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.audit.AuditAction;
import cn.nianbao.backend.audit.AuditLog;
import cn.nianbao.backend.platform.database.AppStateRepository;
import cn.nianbao.backend.platform.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One user per role for the demo city, with the password documented in the README. They are created once — the
 * installation remembers it — so that a demo user an administrator disabled stays disabled across restarts. They exist
 * only in the demo profile: started without it, the backend disables them (after the first real administrator
 * exists), so a documented password never opens a real deployment; that is written to the audit log.
 */
@Component
@Order(30)
class DemoUsers implements ApplicationRunner {

    static final String PASSWORD = "nianbao-demo";
    static final String STATE_KEY = "demo_users";
    static final String CREATED = "created";

    /** A demo user: name, display name, role, scope (null for the administrator). */
    record Demo(String username, String displayName, Role role, String scopeCode) {
    }

    static final List<Demo> USERS = List.of(
            new Demo("admin", "示例管理员", Role.ADMIN, null),
            new Demo("supervisor", "示例市督查员", Role.SUPERVISOR, "demo"),
            new Demo("clerk", "城关街道填报员", Role.CLERK, "demo.t01"),
            new Demo("viewer", "示例市查看员", Role.VIEWER, "demo"));

    /** The actor the audit log names for what the backend does by itself. */
    private static final String SYSTEM = "系统";
    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final UserRepository users;
    private final AgencyDirectory agencies;
    private final PasswordEncoder passwords;
    private final AppStateRepository state;
    private final AuditLog audit;
    private final boolean demo;

    DemoUsers(UserRepository users, AgencyDirectory agencies, PasswordEncoder passwords, AppStateRepository state,
              AuditLog audit, @Value("${nianbao.demo.enabled:false}") boolean demo) {
        this.users = users;
        this.agencies = agencies;
        this.passwords = passwords;
        this.state = state;
        this.audit = audit;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo) {
            if (CREATED.equals(state.get(STATE_KEY).block())) {
                return;
            }
            Flux.fromIterable(USERS).concatMap(this::create).then(state.put(STATE_KEY, CREATED)).block();
            log.info("示例用户已创建：{}（密码见 README）", USERS.stream().map(Demo::username).toList());
        } else {
            Long disabled = users.activeDemoUsers()
                    .concatMap(user -> users.update(user.id(), user.displayName(), user.role(), user.scopeAgencyId(),
                                    true)
                            .then(audit.record(SYSTEM, null, AuditAction.USER_CHANGED, null, "用户 " + user.username(),
                                    "停用示例用户（未启用示例配置）")))
                    .count().block();
            if (disabled != null && disabled > 0) {
                log.info("未启用示例配置：已停用 {} 个示例用户", disabled);
            }
        }
    }

    /** Adds the demo user unless the name is taken (by anyone: nothing existing is changed). */
    private Mono<Long> create(Demo demoUser) {
        Mono<Long> scope = demoUser.scopeCode() == null ? Mono.empty()
                : agencies.byCode(demoUser.scopeCode()).map(agency -> agency.id());
        return scope.map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty())
                .flatMap(scopeId -> users.insertIfAbsent(new NewUser(demoUser.username(), demoUser.displayName(),
                        passwords.encode(PASSWORD), demoUser.role(), scopeId.orElse(null), false, true)));
    }
}
