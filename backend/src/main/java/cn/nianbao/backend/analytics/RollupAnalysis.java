package cn.nianbao.backend.analytics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.analytics.persistence.RollupQuery;
import cn.nianbao.backend.analytics.persistence.ReportYearsQuery;
import cn.nianbao.backend.contract.ApplicantColumn;
import cn.nianbao.backend.contract.ProactiveField;
import cn.nianbao.backend.contract.ProactiveRow;
import cn.nianbao.backend.contract.RequestRow;
import cn.nianbao.backend.contract.ReviewOutcome;
import cn.nianbao.backend.contract.ReviewRow;
import cn.nianbao.backend.platform.security.Caller;
import cn.nianbao.backend.platform.web.YearRange;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The roll-up in the national layout: the three tables of every body in a subtree added up in the database (the
 * region's own body included), laid out in the template's order. Only printed numbers are added; a blank is counted,
 * not taken as 0. The 2019 layout's single （六）其他处理 row stays its own row ({@code other_unsplit}) and is named in
 * a note, so that the three rows of the 2021 layout hold only what was printed in them.
 */
@Service
public class RollupAnalysis {

    private final AnalysedRegions regions;
    private final RollupQuery rollups;
    private final ReportYearsQuery reportYears;

    public RollupAnalysis(AnalysedRegions regions, RollupQuery rollups, ReportYearsQuery reportYears) {
        this.regions = regions;
        this.rollups = rollups;
        this.reportYears = reportYears;
    }

    /** {@code year} null: the latest year with a report in the region. */
    public Mono<Rollup> rollup(Caller caller, String regionCode, Integer year, AgencyKind kind) {
        return regions.of(caller, regionCode, kind).flatMap(region -> (year != null ? Mono.just(year)
                        // the years with reports only when no year is asked for: one round trip less
                        : reportYears.years(region.wholeRegion())
                                .map(years -> YearRange.yearOrLatest(null, years.isEmpty() ? null : years.getLast())))
                .flatMap(chosen -> {
                    BodySelection selection = region.selection();
                    return Mono.zip(rollups.bodies(selection, chosen), rows(selection, chosen, ReportTable.PROACTIVE),
                                    rows(selection, chosen, ReportTable.REQUESTS),
                                    rows(selection, chosen, ReportTable.REVIEWS))
                            .map(all -> rollup(region.ref(), chosen, kind, all.getT1(), all.getT2(), all.getT3(),
                                    all.getT4()));
                }));
    }

    private Mono<Map<String, RollupQuery.RowSum>> rows(BodySelection selection, int year, ReportTable table) {
        Flux<RollupQuery.RowSum> rows = rollups.rows(selection, year, table);
        return rows.collect(Collectors.toMap(RollupQuery.RowSum::rowCode, Function.identity()));
    }

    private static Rollup rollup(RegionRef region, int year, AgencyKind kind, RollupQuery.Bodies bodies,
                                 Map<String, RollupQuery.RowSum> proactive, Map<String, RollupQuery.RowSum> requests,
                                 Map<String, RollupQuery.RowSum> reviews) {
        Layout layout = Layout.of(proactive, requests, reviews);
        int otherUnsplit = Optional.ofNullable(requests.get(RequestRow.OTHER_UNSPLIT.code()))
                .map(RollupQuery.RowSum::bodies).orElse(0);
        Map<String, Integer> tables = new LinkedHashMap<>();
        bodies.withTable().forEach((table, count) -> tables.put(table.name().toLowerCase(Locale.ROOT), count));
        layout.dropEmptyTables();
        return new Rollup(region, year, kind, new Rollup.Bodies(bodies.counted(), bodies.expected(), bodies.reported(),
                bodies.missing()), tables, layout.report, layout.blank, otherUnsplit,
                notes(bodies, otherUnsplit, layout.blankCells));
    }

    private static List<String> notes(RollupQuery.Bodies bodies, int otherUnsplit, int blankCells) {
        List<String> notes = new ArrayList<>();
        notes.add("合计为 " + bodies.reported() + " 份年报（现行版本）已填数字之和；空白单元格不按 0 计，另计填空白的机构数");
        if (blankCells > 0) {
            notes.add(blankCells + " 个格中有机构填了空白（格内标“n 空白”），这些格的合计只含已填的数字");
        }
        if (bodies.missing() > 0) {
            notes.add(bodies.missing() + " 个应报机构未报送年报，不在合计中");
        }
        if (otherUnsplit > 0) {
            notes.add(otherUnsplit + " 份年报按 2019 年试行格式把（六）其他处理印为一行：其数单列为“其他处理（未分项）”，"
                    + "不分摊到 1—3 项；（七）总计含这些数");
        }
        for (Map.Entry<ReportTable, Integer> table : bodies.withTable().entrySet()) {
            int without = bodies.reported() - table.getValue();
            if (without > 0) {
                notes.add(without + " 份年报没有" + table.getKey().label()
                        + (table.getKey() == ReportTable.PROACTIVE ? "（2019 年试行格式的表二不在统一格式中）" : "")
                        + "，该表只合计了 " + table.getValue() + " 份");
            }
        }
        return notes;
    }

    /** The tables of the reports of one selection and year, each row summed in the database. */
    Mono<Layout> tables(BodySelection selection, int year) {
        return Mono.zip(rows(selection, year, ReportTable.PROACTIVE), rows(selection, year, ReportTable.REQUESTS),
                        rows(selection, year, ReportTable.REVIEWS))
                .map(all -> Layout.of(all.getT1(), all.getT2(), all.getT3()));
    }

    /** The contract form filled: table → row → column, with the blank counts beside. */
    static final class Layout {
        final Map<String, Map<String, Map<String, Number>>> report = new LinkedHashMap<>();
        final Map<String, Map<String, Map<String, Integer>>> blank = new LinkedHashMap<>();
        int blankCells;

        static Layout of(Map<String, RollupQuery.RowSum> proactive, Map<String, RollupQuery.RowSum> requests,
                         Map<String, RollupQuery.RowSum> reviews) {
            Layout layout = new Layout();
            for (ProactiveRow row : ProactiveRow.values()) {
                List<String> fields = new ArrayList<>();
                for (ProactiveField field : ProactiveField.values()) {
                    if (field.belongsTo(row)) {
                        fields.add(field.code());
                    }
                }
                layout.add("proactive", row.code(), fields, proactive.get(row.code()));
            }
            List<String> applicants = Arrays.stream(ApplicantColumn.values()).map(ApplicantColumn::code).toList();
            for (RequestRow row : RequestRow.values()) {
                layout.add("requests", row.code(), applicants, requests.get(row.code()));
            }
            List<String> outcomes = Arrays.stream(ReviewOutcome.values()).map(ReviewOutcome::code).toList();
            for (ReviewRow row : ReviewRow.values()) {
                layout.add("reviews", row.code(), outcomes, reviews.get(row.code()));
            }
            return layout;
        }

        /** A row no body printed stays absent, like a row a report does not print. */
        void add(String table, String row, List<String> columns, RollupQuery.RowSum sum) {
            Map<String, Map<String, Number>> values = report.computeIfAbsent(table, t -> new LinkedHashMap<>());
            Map<String, Map<String, Integer>> blanks = blank.computeIfAbsent(table, t -> new LinkedHashMap<>());
            if (sum == null) {
                return;
            }
            Map<String, Number> rowValues = new LinkedHashMap<>();
            Map<String, Integer> rowBlanks = new LinkedHashMap<>();
            for (String column : columns) {
                BigDecimal value = sum.sums().get(column);
                int blanksInCell = sum.blanks().get(column);
                rowValues.put(column, number(column, value));
                rowBlanks.put(column, blanksInCell);
                if (blanksInCell > 0) {
                    blankCells++;
                }
            }
            values.put(row, rowValues);
            blanks.put(row, rowBlanks);
        }

        /** A table no body printed is absent, as in a report without it. */
        void dropEmptyTables() {
            report.values().removeIf(Map::isEmpty);
            blank.values().removeIf(Map::isEmpty);
        }

        /** Counts as integers, 万元 as a plain decimal. */
        private static Number number(String column, BigDecimal value) {
            if (value == null) {
                return null;
            }
            if (column.equals(ProactiveField.AMOUNT_WAN_YUAN.code())) {
                BigDecimal stripped = value.stripTrailingZeros();
                return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
            }
            return value.longValueExact();
        }
    }
}
