package cn.nianbao.backend.support;

import cn.nianbao.backend.audit.AuditAction;
import org.jooq.DSLContext;

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
        TestDatabase.asOwner(dsl, owner -> {
            owner.execute("""
                    CREATE OR REPLACE FUNCTION test_refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        RAISE EXCEPTION '测试：审计记录写入失败';
                    END;
                    $$""");
            owner.execute("CREATE TRIGGER test_refuse_audit BEFORE INSERT ON audit_event FOR EACH ROW "
                    + "WHEN (NEW.action = '" + action.name() + "') EXECUTE FUNCTION test_refuse_audit()");
        });
        return new FailingAudit(dsl);
    }

    @Override
    public void close() {
        TestDatabase.asOwner(dsl, owner -> {
            owner.execute("DROP TRIGGER IF EXISTS test_refuse_audit ON audit_event");
            owner.execute("DROP FUNCTION IF EXISTS test_refuse_audit()");
        });
    }
}
