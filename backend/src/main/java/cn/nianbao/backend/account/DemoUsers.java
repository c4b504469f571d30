package cn.nianbao.backend.account;

import java.util.List;

import cn.nianbao.backend.account.persistence.UserRepository;
import cn.nianbao.backend.agency.AgencyDirectory;
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
 * One user per role for the demo city, with the password documented in the README. They exist only in the demo
 * profile: started without it, the backend disables them, so a documented password never opens a real deployment.
 */
@Component
@Order(10)
class DemoUsers implements ApplicationRunner {

    static final String PASSWORD = "nianbao-demo";

    /** A demo user: name, display name, role, scope (null for the administrator). */
    record Demo(String username, String displayName, Role role, String scopeCode) {
    }

    static final List<Demo> USERS = List.of(
            new Demo("admin", "示例管理员", Role.ADMIN, null),
            new Demo("supervisor", "示例市督查员", Role.SUPERVISOR, "demo"),
            new Demo("clerk", "城关街道填报员", Role.CLERK, "demo.t01"),
            new Demo("viewer", "示例市查看员", Role.VIEWER, "demo"));

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final UserRepository users;
    private final AgencyDirectory agencies;
    private final PasswordEncoder passwords;
    private final boolean demo;

    DemoUsers(UserRepository users, AgencyDirectory agencies, PasswordEncoder passwords,
              @Value("${nianbao.demo.enabled:false}") boolean demo) {
        this.users = users;
        this.agencies = agencies;
        this.passwords = passwords;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo) {
            Long created = Flux.fromIterable(USERS).concatMap(this::ensure).count().block();
            log.info("示例用户已就绪：{}（密码见 README）", USERS.stream().map(Demo::username).toList());
        } else {
            Long disabled = users.all().filter(user -> user.demo() && !user.disabled())
                    .concatMap(user -> users.update(user.id(), user.displayName(), user.role(), user.scopeAgencyId(),
                            true).thenReturn(user))
                    .count().block();
            if (disabled != null && disabled > 0) {
                log.info("未启用示例配置：已停用 {} 个示例用户", disabled);
            }
        }
    }

    private Mono<UserAccount> ensure(Demo demoUser) {
        Mono<Long> scope = demoUser.scopeCode() == null ? Mono.empty()
                : agencies.byCode(demoUser.scopeCode()).map(agency -> agency.id());
        return scope.map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty())
                .flatMap(scopeId -> users.insertIfAbsent(new NewUser(demoUser.username(), demoUser.displayName(),
                        passwords.encode(PASSWORD), demoUser.role(), scopeId.orElse(null), false, true)))
                .then(users.findByUsername(demoUser.username()))
                .flatMap(user -> user.demo() && user.disabled()
                        ? users.update(user.id(), user.displayName(), user.role(), user.scopeAgencyId(), false)
                                .thenReturn(user)
                        : Mono.just(user));
    }
}
