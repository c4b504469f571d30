package cn.nianbao.backend.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.backend.account.persistence.UserRepository;
import cn.nianbao.backend.platform.security.Role;
import cn.nianbao.backend.support.BackendIntegrationTest;
import cn.nianbao.backend.support.TestDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The first start of a real deployment: an administrator with a one-time password, printed once. */
@BackendIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTest {

    @Autowired
    FirstAdministrator firstAdministrator;
    @Autowired
    UserRepository users;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    DSLContext dsl;
    @Autowired
    WebTestClient web;

    @BeforeEach
    void noUsers() {
        TestDatabase.truncate(dsl);
    }

    @Test
    void printsAOneTimePasswordOnceThatMustBeChanged(CapturedOutput output) {
        int before = output.getOut().length();

        firstAdministrator.run(new DefaultApplicationArguments());
        firstAdministrator.run(new DefaultApplicationArguments());

        Matcher printed = Pattern.compile("一次性密码：(\\S+)").matcher(output.getOut().substring(before));
        assertThat(printed.find()).isTrue();
        String password = printed.group(1);
        assertThat(printed.find()).as("printed only once").isFalse();
        UserAccount admin = users.findByUsername("admin").block();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.mustChangePassword()).isTrue();
        assertThat(password).hasSize(16);
        web.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "admin", "password", password)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.user.must_change_password").isEqualTo(true);
    }

    @Test
    void theDemosAdministratorDoesNotCountOnARealDeployment(CapturedOutput output) {
        int before = output.getOut().length();
        // a demo installation started for real: its only administrator is the demo's, about to be disabled
        users.insertIfAbsent(new NewUser("admin", "示例管理员", passwords.encode("nianbao-demo"), Role.ADMIN, null,
                false, true)).block();

        firstAdministrator.run(new DefaultApplicationArguments());

        assertThat(output.getOut().substring(before)).contains("首次启动：已创建管理员账号 administrator");
        assertThat(users.page("", 0, 500).collectList().block()).extracting(UserAccount::username)
                .containsExactlyInAnyOrderElementsOf(List.of("admin", "administrator"));
    }
}
