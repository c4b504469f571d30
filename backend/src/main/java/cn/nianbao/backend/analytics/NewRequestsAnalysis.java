package cn.nianbao.backend.analytics;

import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import cn.nianbao.backend.agency.Agency;
import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.analytics.persistence.NewRequestsQuery;
import cn.nianbao.backend.platform.security.Caller;
import cn.nianbao.backend.platform.web.BadRequestException;
import cn.nianbao.backend.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** 本年新收政府信息公开申请数量 per year per body under a region, with printed 0, blank and missing kept apart. */
@Service
public class NewRequestsAnalysis {

    /** Years shown when the caller names none: the six up to the latest reported. */
    static final int DEFAULT_SPAN = 6;
    static final int MAX_SPAN = 30;

    private final AgencyDirectory directory;
    private final NewRequestsQuery query;

    public NewRequestsAnalysis(AgencyDirectory directory, NewRequestsQuery query) {
        this.directory = directory;
        this.query = query;
    }

    public Mono<RegionSeries> byYear(Caller caller, String regionCode, Integer fromYear, Integer toYear,
                                     AgencyKind kind) {
        return directory.visibleSubtree(caller, regionCode, null)
                .filter(list -> !list.isEmpty())
                .switchIfEmpty(Mono.error(new NotFoundException("没有机构代码为 " + regionCode + " 的机构")))
                .flatMap(subtree -> years(regionCode, fromYear, toYear)
                        .flatMap(range -> query.cells(regionCode, range.getFirst(), range.getLast())
                                .collectList()
                                .map(cells -> assemble(subtree, range, cells, kind))));
    }

    private Mono<List<Integer>> years(String regionCode, Integer fromYear, Integer toYear) {
        Mono<Integer> to = toYear != null ? Mono.just(toYear)
                : query.latestYear(regionCode).defaultIfEmpty(Year.now().getValue() - 1);
        return to.flatMap(last -> {
            int first = fromYear != null ? fromYear : last - DEFAULT_SPAN + 1;
            if (first > last) {
                return Mono.error(new BadRequestException("from", "起始年度 " + first + " 晚于截止年度 " + last));
            }
            if (last - first + 1 > MAX_SPAN) {
                return Mono.error(new BadRequestException("from", "年度跨度最多 " + MAX_SPAN + " 年"));
            }
            return Mono.just(IntStream.rangeClosed(first, last).boxed().toList());
        });
    }

    private static RegionSeries assemble(List<Agency> subtree, List<Integer> years, List<NewRequestsQuery.Cell> cells,
                                         AgencyKind kind) {
        Map<String, NewRequestsQuery.Cell> byAgencyYear = new HashMap<>();
        cells.forEach(cell -> byAgencyYear.put(cell.agencyCode() + "/" + cell.year(), cell));
        Agency root = subtree.getFirst();
        List<AgencySeries> series = new ArrayList<>();
        for (Agency agency : subtree.subList(1, subtree.size())) {
            if (kind != null && agency.kind() != kind) {
                continue;
            }
            List<YearPoint> points = new ArrayList<>(years.size());
            for (int year : years) {
                points.add(point(agency, year, byAgencyYear.get(agency.code() + "/" + year)));
            }
            series.add(new AgencySeries(agency.code(), agency.name(), agency.kind(), agency.demo(), points));
        }
        return new RegionSeries(new RegionSeries.Region(root.code(), root.name()), years, series);
    }

    private static YearPoint point(Agency agency, int year, NewRequestsQuery.Cell cell) {
        if (cell != null && cell.rowPresent()) {
            return cell.total() == null ? new YearPoint(year, null, PointState.BLANK)
                    : new YearPoint(year, cell.total(), PointState.REPORTED);
        }
        return new YearPoint(year, null, agency.expectedToReport(year) ? PointState.MISSING : PointState.NOT_EXPECTED);
    }
}
