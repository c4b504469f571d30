package cn.nianbao.backend.analytics;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.nianbao.backend.analytics.persistence.RollupQuery;
import cn.nianbao.backend.platform.security.Caller;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * A body's report against its report of the year before: both read from the active versions in the database (the
 * roll-up's queries over the body alone), the change of every cell where both years print a number computed here, so
 * the report page shows last year's numbers and the changes without computing any.
 */
@Service
public class YearOnYearAnalysis {

    private final AnalysedRegions regions;
    private final RollupQuery rollups;
    private final RollupAnalysis tables;

    public YearOnYearAnalysis(AnalysedRegions regions, RollupQuery rollups, RollupAnalysis tables) {
        this.regions = regions;
        this.rollups = rollups;
        this.tables = tables;
    }

    public Mono<YearOnYear> compare(Caller caller, String agencyCode, int year) {
        return regions.of(caller, agencyCode, null).flatMap(region -> {
            BodySelection body = new BodySelection(region.root().code(), true, null);
            return Mono.zip(tables.tables(body, year), tables.tables(body, year - 1),
                            rollups.bodies(body, year), rollups.bodies(body, year - 1))
                    .map(all -> {
                        RollupAnalysis.Layout current = all.getT1();
                        RollupAnalysis.Layout previous = all.getT2();
                        current.dropEmptyTables();
                        previous.dropEmptyTables();
                        return new YearOnYear(region.ref(), year, year - 1, all.getT3().reported() > 0,
                                all.getT4().reported() > 0, previous.report, changes(current.report, previous.report));
                    });
        });
    }

    /** This year's number minus last year's, where both are numbers. */
    private static Map<String, Map<String, Map<String, Number>>> changes(
            Map<String, Map<String, Map<String, Number>>> current,
            Map<String, Map<String, Map<String, Number>>> previous) {
        Map<String, Map<String, Map<String, Number>>> changes = new LinkedHashMap<>();
        current.forEach((table, rows) -> rows.forEach((row, cells) -> cells.forEach((column, now) -> {
            Number before = previous.getOrDefault(table, Map.of()).getOrDefault(row, Map.of()).get(column);
            if (now != null && before != null) {
                changes.computeIfAbsent(table, t -> new LinkedHashMap<>())
                        .computeIfAbsent(row, r -> new LinkedHashMap<>()).put(column, difference(now, before));
            }
        })));
        return changes;
    }

    private static Number difference(Number now, Number before) {
        if (now instanceof Long a && before instanceof Long b) {
            return a - b;
        }
        BigDecimal change = new BigDecimal(now.toString()).subtract(new BigDecimal(before.toString()))
                .stripTrailingZeros();
        return change.scale() < 0 ? change.setScale(0) : change;
    }
}
