package cn.nianbao.backend.agencyadmin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import cn.nianbao.backend.agency.Agency;
import cn.nianbao.backend.agency.AgencyScope;
import cn.nianbao.backend.agency.NewAgency;
import cn.nianbao.backend.agency.ReportingPeriod;
import cn.nianbao.backend.agency.persistence.AgencyRepository;
import cn.nianbao.backend.audit.AuditAction;
import cn.nianbao.backend.audit.AuditLog;
import cn.nianbao.backend.platform.security.Caller;
import cn.nianbao.backend.platform.web.BadRequestException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Administrators keep the agency tree: add bodies, rename, move, set the years they must report. Audited. */
@Service
public class AgencyAdministration {

    private final AgencyRepository agencies;
    private final AgencyScope scope;
    private final AuditLog audit;

    public AgencyAdministration(AgencyRepository agencies, AgencyScope scope, AuditLog audit) {
        this.agencies = agencies;
        this.scope = scope;
        this.audit = audit;
    }

    /** What may change about a body; null leaves a field as it is. */
    public record Change(String name, String parentCode, Integer sortOrder, List<ReportingPeriod> reportingPeriods) {
    }

    public Mono<Agency> create(Caller caller, NewAgency agency) {
        return scope.requireAdmin(caller, "新建机构")
                .then(Mono.fromRunnable(() -> validate(agency)))
                .then(agency.parentCode() == null ? Mono.empty() : parent(caller, agency.parentCode()))
                .then(agencies.insertIfAbsent(agency))
                .switchIfEmpty(Mono.error(new BadRequestException("code", "机构代码 " + agency.code() + " 已被使用")))
                .then(agencies.findByCode(agency.code()))
                .flatMap(created -> audit.record(caller, AuditAction.AGENCY_CREATED, created,
                        created.name() + "（" + created.code() + "）", created.kind().label()).thenReturn(created));
    }

    public Mono<Agency> change(Caller caller, String code, Change change) {
        return scope.requireAdmin(caller, "修改机构")
                .then(scope.visible(caller, code))
                .flatMap(agency -> {
                    String name = change.name() == null ? agency.name() : change.name().trim();
                    if (name.isEmpty() || name.length() > 200) {
                        return Mono.error(new BadRequestException("name", "机构名称不能为空，最多 200 字"));
                    }
                    List<ReportingPeriod> periods = change.reportingPeriods() == null ? agency.reportingPeriods()
                            : validPeriods(change.reportingPeriods());
                    int sortOrder = change.sortOrder() == null ? agency.sortOrder() : change.sortOrder();
                    Mono<Long> parentId = change.parentCode() == null
                            ? Mono.justOrEmpty(agency.parentCode()).flatMap(agencies::findByCode).map(Agency::id)
                            : change.parentCode().isBlank() ? Mono.empty()
                            : parent(caller, change.parentCode()).map(Agency::id);
                    return parentId.map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty())
                            .flatMap(parent -> agencies.update(agency.id(), name, parent.orElse(null), sortOrder))
                            .onErrorMap(e -> e.getMessage() != null && e.getMessage().contains("不能挂在自己的下级机构之下"),
                                    e -> new BadRequestException("parent_code", "不能把 " + agency.name()
                                            + " 挂在它自己的下级机构之下"))
                            .then(agencies.replaceReportingPeriods(agency.id(), periods))
                            .then(agencies.findByCode(agency.code()))
                            .flatMap(changed -> audit.record(caller, AuditAction.AGENCY_CHANGED, changed,
                                    changed.name() + "（" + changed.code() + "）", describe(agency, changed))
                                    .thenReturn(changed));
                });
    }

    private Mono<Agency> parent(Caller caller, String parentCode) {
        return scope.visible(caller, parentCode)
                .onErrorMap(e -> new BadRequestException("parent_code", "上级机构 " + parentCode + " 不存在"));
    }

    private static void validate(NewAgency agency) {
        if (agency.code() == null || !agency.code().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw new BadRequestException("code", "机构代码应为 1 至 64 个英文字母、数字、点、下划线或连字符");
        }
        if (agency.name() == null || agency.name().isBlank() || agency.name().length() > 200) {
            throw new BadRequestException("name", "机构名称不能为空，最多 200 字");
        }
        if (agency.kind() == null) {
            throw new BadRequestException("kind", "请选择机构类别");
        }
        validPeriods(agency.reportingPeriods());
    }

    /** The periods in year order; each within 2008–2100, none overlapping (one never ends before it starts). */
    private static List<ReportingPeriod> validPeriods(List<ReportingPeriod> periods) {
        List<ReportingPeriod> ordered = periods.stream()
                .sorted(Comparator.comparingInt(ReportingPeriod::firstYear)).toList();
        ReportingPeriod previous = null;
        for (ReportingPeriod period : ordered) {
            if (period.firstYear() < 2008 || period.firstYear() > 2100
                    || period.lastYear() != null && period.lastYear() > 2100) {
                throw new BadRequestException("reporting_periods", "应报年度应在 2008 至 2100 之间");
            }
            if (previous != null && (previous.lastYear() == null || previous.lastYear() >= period.firstYear())) {
                throw new BadRequestException("reporting_periods", "应报年度 " + previous.firstYear() + "–"
                        + (previous.lastYear() == null ? "" : previous.lastYear()) + " 与 " + period.firstYear()
                        + " 年起的时段重叠");
            }
            previous = period;
        }
        return ordered;
    }

    private static String describe(Agency before, Agency after) {
        List<String> changes = new ArrayList<>();
        if (!before.name().equals(after.name())) {
            changes.add("名称 " + before.name() + " → " + after.name());
        }
        if (!Objects.equals(before.parentCode(), after.parentCode())) {
            changes.add("上级 " + before.parentCode() + " → " + after.parentCode());
        }
        if (before.sortOrder() != after.sortOrder()) {
            changes.add("排序 " + before.sortOrder() + " → " + after.sortOrder());
        }
        if (!before.reportingPeriods().equals(after.reportingPeriods())) {
            changes.add("应报年度 " + years(before) + " → " + years(after));
        }
        return changes.isEmpty() ? "无变化" : String.join("；", changes);
    }

    private static String years(Agency agency) {
        return agency.reportingPeriods().stream()
                .map(p -> p.firstYear() + "–" + (p.lastYear() == null ? "" : p.lastYear()))
                .toList().toString();
    }
}
