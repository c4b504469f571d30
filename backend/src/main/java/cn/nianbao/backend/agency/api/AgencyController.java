package cn.nianbao.backend.agency.api;

import java.util.List;

import cn.nianbao.backend.agency.Agency;
import cn.nianbao.backend.agency.AgencyAdministration;
import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.agency.NewAgency;
import cn.nianbao.backend.agency.ReportingPeriod;
import cn.nianbao.backend.platform.security.Caller;
import cn.nianbao.backend.platform.web.BadRequestException;
import cn.nianbao.backend.platform.web.RequestLimits;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/agencies")
@Tag(name = "机构", description = "机构树：人民政府、乡镇（街道）、部门")
class AgencyController {

    /** Bounds of a search by name: the typed text, the page and how far one may page. */
    static final int MAX_QUERY = 64;
    static final int MAX_FOUND = 50;
    static final int MAX_OFFSET = 10_000;

    private final AgencyDirectory directory;
    private final AgencyAdministration administration;

    AgencyController(AgencyDirectory directory, AgencyAdministration administration) {
        this.directory = directory;
        this.administration = administration;
    }

    record NewAgencyJson(String code, String name, AgencyKind kind, String parentCode, Integer sortOrder,
                         List<PeriodJson> reportingPeriods) {
    }

    record ChangeJson(String name, String parentCode, Integer sortOrder, List<PeriodJson> reportingPeriods) {
    }

    /** A period as sent: read unchecked, so that a wrong one is refused by name rather than as unreadable JSON. */
    record PeriodJson(Integer firstYear, Integer lastYear) {

        static List<ReportingPeriod> periods(List<PeriodJson> periods) {
            if (periods == null) {
                return null;
            }
            return periods.stream().map(period -> {
                if (period == null || period.firstYear() == null) {
                    throw new BadRequestException("reporting_periods", "应报年度缺少起始年度");
                }
                if (period.lastYear() != null && period.lastYear() < period.firstYear()) {
                    throw new BadRequestException("reporting_periods", "应报年度 " + period.firstYear() + "–"
                            + period.lastYear() + " 的截止年度早于起始年度");
                }
                return new ReportingPeriod(period.firstYear(), period.lastYear());
            }).toList();
        }
    }

    @GetMapping
    @Operation(summary = "机构树（按树序排列的平铺列表）；不指定 under 时为当前用户可见的全部机构")
    Mono<List<AgencyJson>> list(@AuthenticationPrincipal Caller caller,
            @Parameter(description = "只列出此机构及其下级") @RequestParam(required = false) String under,
            @Parameter(description = "只列出向下若干层（1 至 50；1 即直属下级），不指定则列出全部")
            @RequestParam(required = false) Integer depth) {
        Mono<List<Agency>> found = under == null ? directory.visibleTree(caller, depth)
                : directory.visibleSubtree(caller, under, depth);
        return found.map(list -> list.stream().map(AgencyJson::of).toList());
    }

    /** A body found by name and the names of the bodies above it, from the top down. */
    record FoundJson(String code, String name, List<String> path) {
    }

    @GetMapping("/search")
    @Operation(summary = "按名称查找当前用户可见的机构（名称或代码包含 q），分页；附上级机构名称（自顶向下），"
            + "以区分同名机构")
    Mono<List<FoundJson>> search(@AuthenticationPrincipal Caller caller,
            @Parameter(description = "机构名称或代码的一部分（最多 64 个字符；空：全部）")
            @RequestParam(required = false) String q,
            @Parameter(description = "跳过前几个（0–10000，默认 0）") @RequestParam(required = false) String offset,
            @Parameter(description = "最多几个（1–50，默认 20）") @RequestParam(required = false) String limit) {
        return Mono.defer(() -> directory.visibleNamed(caller, RequestLimits.text("q", q, MAX_QUERY),
                        RequestLimits.number("offset", offset, 0, MAX_OFFSET, 0),
                        RequestLimits.number("limit", limit, 1, MAX_FOUND, 20)))
                .map(found -> found.stream().map(body -> new FoundJson(body.code(), body.name(), body.path()))
                        .toList());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新建机构（仅管理员）")
    Mono<AgencyJson> create(@AuthenticationPrincipal Caller caller, @RequestBody NewAgencyJson agency) {
        return Mono.fromSupplier(() -> new NewAgency(agency.code(), agency.name(), agency.kind(), agency.parentCode(),
                        agency.sortOrder() == null ? 0 : agency.sortOrder(), false,
                        agency.reportingPeriods() == null ? List.of() : PeriodJson.periods(agency.reportingPeriods())))
                .flatMap(created -> administration.create(caller, created))
                .map(AgencyJson::of);
    }

    @PatchMapping("/{code}")
    @Operation(summary = "修改机构的名称、上级、排序或应报年度（仅管理员）；parent_code 为空字符串即设为顶级")
    Mono<AgencyJson> change(@AuthenticationPrincipal Caller caller, @PathVariable String code,
                            @RequestBody ChangeJson change) {
        return Mono.fromSupplier(() -> new AgencyAdministration.Change(change.name(), change.parentCode(),
                        change.sortOrder(), PeriodJson.periods(change.reportingPeriods())))
                .flatMap(changed -> administration.change(caller, code, changed))
                .map(AgencyJson::of);
    }
}
