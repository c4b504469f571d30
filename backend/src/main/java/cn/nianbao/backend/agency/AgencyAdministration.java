package cn.nianbao.backend.agency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import cn.nianbao.backend.agency.persistence.AgencyRepository;
import cn.nianbao.backend.platform.database.Database;
import cn.nianbao.backend.platform.security.Caller;
import cn.nianbao.backend.platform.web.BadRequestException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Administrators keep the agency tree: add bodies, rename, move, set the years they must report. Each change and its
 * audit record are one transaction.
 */
@Service
public class AgencyAdministration {

    /** What the database says when a move would put a body under its own subtree (trigger) or itself (CHECK). */
    private static final List<String> CYCLE_REFUSALS = List.of("不能挂在自己的下级机构之下", "agency_not_own_parent");

    private final AgencyRepository agencies;
    private final AgencyDirectory directory;
    private final AgencyChangeLog changeLog;
    private final Database database;

    public AgencyAdministration(AgencyRepository agencies, AgencyDirectory directory, AgencyChangeLog changeLog,
                                Database database) {
        this.agencies = agencies;
        this.directory = directory;
        this.changeLog = changeLog;
        this.database = database;
    }

    /** What may change about a body; null leaves a field as it is, a blank parent code makes it a top-level body. */
    public record Change(String name, String parentCode, Integer sortOrder, List<ReportingPeriod> reportingPeriods) {
    }

    public Mono<Agency> create(Caller caller, NewAgency agency) {
        return directory.requireAdmin(caller, "新建机构")
                .then(Mono.fromRunnable(() -> validate(agency)))
                .then(agency.parentCode() == null ? Mono.empty() : parent(caller, agency.parentCode()))
                .then(database.inTransaction(tx -> agencies.insertIfAbsent(tx, agency)
                        .switchIfEmpty(Mono.error(new BadRequestException("code",
                                "机构代码 " + agency.code() + " 已被使用")))
                        .then(agencies.findByCode(tx, agency.code()))
                        .flatMap(created -> changeLog.created(tx, caller, created).thenReturn(created))));
    }

    public Mono<Agency> change(Caller caller, String code, Change change) {
        return directory.requireAdmin(caller, "修改机构")
                .then(directory.visible(caller, code))
                .flatMap(agency -> {
                    String name = change.name() == null ? agency.name() : change.name().trim();
                    if (name.isEmpty() || name.length() > 200) {
                        return Mono.error(new BadRequestException("name", "机构名称不能为空，最多 200 字"));
                    }
                    List<ReportingPeriod> periods = change.reportingPeriods() == null ? agency.reportingPeriods()
                            : validPeriods(change.reportingPeriods());
                    int sortOrder = change.sortOrder() == null ? agency.sortOrder() : change.sortOrder();
                    return newParent(caller, agency, change.parentCode())
                            .flatMap(parent -> database.inTransaction(tx -> agencies
                                    .update(tx, agency.id(), name, parent.map(Agency::id).orElse(null), sortOrder)
                                    .onErrorMap(AgencyAdministration::refusedAsCycle, e -> underItself(agency))
                                    .then(agencies.replaceReportingPeriods(tx, agency.id(), periods))
                                    .then(agencies.findByCode(tx, agency.code()))
                                    .flatMap(changed -> changeLog.changed(tx, caller, changed,
                                            describe(agency, changed)).thenReturn(changed))));
                });
    }

    /**
     * The parent after the change (empty: top level). A body cannot move under itself or anything under it: that is
     * refused here by name; the database refuses it too (a trigger), in case two moves cross.
     */
    private Mono<Optional<Agency>> newParent(Caller caller, Agency agency, String parentCode) {
        if (parentCode == null) {
            return Mono.justOrEmpty(agency.parentCode()).flatMap(directory::byCode)
                    .map(Optional::of).defaultIfEmpty(Optional.empty());
        }
        if (parentCode.isBlank()) {
            return Mono.just(Optional.empty());
        }
        return parent(caller, parentCode)
                .filterWhen(parent -> directory.isWithin(agency, parent).map(within -> !within))
                .switchIfEmpty(Mono.error(underItself(agency)))
                .map(Optional::of);
    }

    private Mono<Agency> parent(Caller caller, String parentCode) {
        return directory.visible(caller, parentCode)
                .onErrorMap(e -> new BadRequestException("parent_code", "上级机构 " + parentCode + " 不存在"));
    }

    private static BadRequestException underItself(Agency agency) {
        return new BadRequestException("parent_code", "不能把 " + agency.name() + " 挂在它自己或它的下级机构之下");
    }

    private static boolean refusedAsCycle(Throwable e) {
        return e.getMessage() != null && CYCLE_REFUSALS.stream().anyMatch(e.getMessage()::contains);
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
