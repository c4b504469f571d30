package cn.nianbao.backend.account;

import static cn.nianbao.backend.db.Tables.APP_STATE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.nianbao.backend.account.persistence.UserRepository;
import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.agency.NewAgency;
import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.audit.AuditAction;
import cn.nianbao.backend.audit.AuditEvent;
import cn.nianbao.backend.audit.AuditLog;
import cn.nianbao.backend.platform.database.AppStateRepository;
import cn.nianbao.backend.platform.security.Role;
import cn.nianbao.backend.support.BackendIntegrationTest;
import cn.nianbao.backend.support.TestDatabase;
import cn.nianbao.backend.support.TestUsers;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import reactor.core.publisher.Mono;

/**
 * Demo users are created once: a demo user an administrator disabled stays disabled when the demo profile starts
 * again, and disabling them on a real deployment is in the audit log.
 */
@BackendIntegrationTest
class DemoUsersTest {

    @Autowired
    UserRepository users;
    @Autowired
    AgencyDirectory agencies;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    AppStateRepository state;
    @Autowired
    AuditLog audit;
    @Autowired
    DSLContext dsl;
    @Autowired
    ApplicationContext context;

    @BeforeEach
    void theDemoCitysTopAndOneTownship() {
        TestDatabase.truncate(dsl);
        Mono.from(dsl.deleteFrom(APP_STATE).where(APP_STATE.KEY.eq(DemoUsers.STATE_KEY))).block();
        agencies.addIfAbsent(new NewAgency("demo", "示例市人民政府", AgencyKind.PEOPLES_GOVERNMENT, null, 0, true,
                List.of())).block();
        agencies.addIfAbsent(new NewAgency("demo.t01", "示例市城关街道办事处", AgencyKind.TOWNSHIP, "demo", 0, true,
                List.of())).block();
    }

    @Test
    void aDemoUserDisabledByAnAdministratorStaysDisabledAcrossRestarts() {
        start(true);
        UserAccount viewer = users.findByUsername("viewer").block();
        users.update(viewer.id(), viewer.displayName(), viewer.role(), viewer.scopeAgencyId(), true).block();

        start(true);

        assertThat(users.findByUsername("viewer").block().disabled()).isTrue();
        assertThat(users.page("", 0, 500).collectList().block()).extracting(UserAccount::username)
                .containsExactlyInAnyOrder("admin", "supervisor", "clerk", "viewer");
    }

    @Test
    void withoutTheDemoProfileTheyAreDisabledAndThatIsInTheAuditLog() {
        start(true);
        TestUsers.create(context, "real-admin", Role.ADMIN, null);

        start(false);

        assertThat(users.page("", 0, 500).collectList().block()).filteredOn(UserAccount::demo).allMatch(UserAccount::disabled);
        List<AuditEvent> events = audit.read(TestUsers.SYSTEM_ADMIN, null, null, AuditAction.USER_CHANGED, "系统", 10)
                .collectList().block();
        assertThat(events).extracting(AuditEvent::target)
                .containsExactlyInAnyOrder("用户 admin", "用户 supervisor", "用户 clerk", "用户 viewer");
    }

    private void start(boolean demo) {
        new DemoUsers(users, agencies, passwords, state, audit, demo).run(new DefaultApplicationArguments());
    }
}
