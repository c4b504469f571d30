package cn.nianbao.backend.quality;

import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.audit.AuditAction;
import cn.nianbao.backend.audit.AuditLog;
import cn.nianbao.backend.platform.database.Database;
import cn.nianbao.backend.platform.security.Caller;
import cn.nianbao.backend.platform.security.Role;
import cn.nianbao.backend.platform.web.BadRequestException;
import cn.nianbao.backend.platform.web.ForbiddenException;
import cn.nianbao.backend.platform.web.NotFoundException;
import cn.nianbao.backend.platform.web.RequestLimits;
import cn.nianbao.backend.quality.persistence.FindingRepository;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * A reviewer's decision on a finding: confirmed (a real problem, to be sent on) or dismissed (not a problem, with
 * the reason why). Administrators and the supervisors of a region that holds the body decide; clerks and viewers
 * read. The decision and its audit record are one transaction. It stays with the finding while later runs find it
 * again on the same version; a new version of the report is checked afresh.
 */
@Service
public class FindingReview {

    public static final int MAX_COMMENT = 1000;

    private final AgencyDirectory directory;
    private final FindingRepository findings;
    private final AuditLog audit;
    private final Database database;

    public FindingReview(AgencyDirectory directory, FindingRepository findings, AuditLog audit, Database database) {
        this.directory = directory;
        this.findings = findings;
        this.audit = audit;
        this.database = database;
    }

    public Mono<FindingView> review(Caller caller, String findingId, String decision, String comment) {
        return Mono.fromCallable(() -> RequestLimits.id("id", findingId))
                .flatMap(id -> findings.find(database.autoCommit(), id)
                        .switchIfEmpty(Mono.error(new NotFoundException("没有编号为 " + id + " 的质量问题")))
                        .flatMap(finding -> directory.visible(caller, finding.agencyCode())
                                .onErrorMap(NotFoundException.class, e -> new NotFoundException("没有编号为 " + id
                                        + " 的质量问题"))
                                .flatMap(agency -> {
                                    if (caller.role() != Role.ADMIN && caller.role() != Role.SUPERVISOR) {
                                        return Mono.error(new ForbiddenException("只有管理员和督查可以审核质量问题"));
                                    }
                                    FindingStatus status = decided(decision);
                                    String reason = reason(status, comment);
                                    return database.inTransaction(tx -> findings.review(tx, id, status,
                                                    caller.username(), reason)
                                            .then(audit.record(tx, caller, AuditAction.FINDING_REVIEWED, agency,
                                                    agency.name() + " " + finding.year() + " 年度 " + finding.code()
                                                            + " #" + id, status.label()
                                                            + (reason == null ? "" : "：" + reason)))
                                            .then(findings.find(tx, id)));
                                })));
    }

    private static FindingStatus decided(String decision) {
        return FindingStatus.fromCode(decision == null ? "" : decision)
                .filter(status -> status != FindingStatus.OPEN)
                .orElseThrow(() -> new BadRequestException("decision", "审核结论 decision 应为 confirmed（确认）或 "
                        + "dismissed（排除），收到“" + RequestLimits.echo(decision == null ? "" : decision) + "”"));
    }

    private static String reason(FindingStatus status, String comment) {
        String text = comment == null ? null : comment.strip();
        if (text != null && text.length() > MAX_COMMENT) {
            throw new BadRequestException("comment", "审核意见最多 " + MAX_COMMENT + " 个字符，收到 " + text.length() + " 个");
        }
        if (status == FindingStatus.DISMISSED && (text == null || text.isEmpty())) {
            throw new BadRequestException("comment", "排除质量问题必须写明理由（comment）");
        }
        return text == null || text.isEmpty() ? null : text;
    }
}
