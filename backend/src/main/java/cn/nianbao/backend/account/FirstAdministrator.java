package cn.nianbao.backend.account;

import cn.nianbao.backend.account.persistence.UserRepository;
import cn.nianbao.backend.platform.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * On the first start of a real deployment (no usable administrator: none, or only the demo's) creates the
 * administrator {@code admin}: with the password in {@code NIANBAO_ADMIN_PASSWORD} when given, otherwise with a
 * random one-time password printed once to the console, to be changed at the first sign-in. There is no fixed
 * default password outside the demo. In the demo profile the demo's administrator is the one; outside it this runs
 * before the demo users are disabled, because the database never lets the last enabled administrator go.
 */
@Component
@Order(20)
class FirstAdministrator implements ApplicationRunner {

    static final String USERNAME = "admin";
    static final String BANNER = "首次启动：已创建管理员账号";

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final String configuredPassword;
    private final boolean demo;

    FirstAdministrator(UserRepository users, PasswordEncoder passwords,
                       @Value("${nianbao.security.initial-admin-password:}") String configuredPassword,
                       @Value("${nianbao.demo.enabled:false}") boolean demo) {
        this.users = users;
        this.passwords = passwords;
        this.configuredPassword = configuredPassword;
        this.demo = demo;
    }

    /** admin, or — when a (disabled) demo user holds that name — administrator, admin2, … */
    private String freeName() {
        for (int i = 1; ; i++) {
            String candidate = i == 1 ? USERNAME : i == 2 ? "administrator" : USERNAME + (i - 1);
            if (!Boolean.TRUE.equals(users.findByUsername(candidate).hasElement().block())) {
                return candidate;
            }
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo) {
            return;
        }
        boolean hasAdministrator = Boolean.TRUE.equals(users.hasActiveAdministrator().block());
        if (hasAdministrator) {
            return;
        }
        String username = freeName();
        boolean configured = !configuredPassword.isBlank();
        String password = configured ? configuredPassword : PasswordPolicy.oneTime();
        if (configured) {
            PasswordPolicy.check("NIANBAO_ADMIN_PASSWORD", username, password);
        }
        Long id = users.insertIfAbsent(new NewUser(username, "系统管理员", passwords.encode(password), Role.ADMIN, null,
                !configured, false)).block();
        if (id == null) {
            return;
        }
        if (configured) {
            log.info("{} {}，密码取自 NIANBAO_ADMIN_PASSWORD", BANNER, username);
        } else {
            // printed once, never logged again: the administrator must change it at the first sign-in
            System.out.println();
            System.out.println("==================================================================");
            System.out.println(" " + BANNER + " " + username);
            System.out.println(" 一次性密码：" + password);
            System.out.println(" 请立即登录并修改密码；此密码只显示这一次。");
            System.out.println("==================================================================");
            System.out.println();
        }
    }
}
