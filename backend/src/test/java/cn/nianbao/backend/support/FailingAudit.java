package cn.nianbao.backend.support;

import cn.nianbao.backend.audit.AuditAction;
import org.jooq.DSLContext;
import reactor.core.publisher.Mono;

/**
 * Makes PostgreSQL refuse every audit record of one action until closed (a trigger on {@code audit_event}), so that
 * a test can show that a use case whose audit write fails leaves nothing else behind either.
 */
public final class FailingAudit implements AutoCloseable {

    private final DSLContext dsl;

    private FailingAudit(DSLContext dsl) {
        this.dsl = dsl;
    }

    public static FailingAudit refusing(DSLContext dsl, AuditAction action) {
        Mono.from(dsl.query("""
                CREATE OR REPLACE FUNCTION test_refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION '测试：审计记录写入失败';
                END;
                $$""")).block();
        Mono.from(dsl.query("CREATE TRIGGER test_refuse_audit BEFORE INSERT ON audit_event FOR EACH ROW "
                + "WHEN (NEW.action = '" + action.name() + "') EXECUTE FUNCTION test_refuse_audit()")).block();
        return new FailingAudit(dsl);
    }

    @Override
    public void close() {
        Mono.from(dsl.query("DROP TRIGGER IF EXISTS test_refuse_audit ON audit_event")).block();
        Mono.from(dsl.query("DROP FUNCTION IF EXISTS test_refuse_audit()")).block();
    }
}
