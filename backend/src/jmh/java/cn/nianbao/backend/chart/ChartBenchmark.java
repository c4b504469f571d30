package cn.nianbao.backend.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import cn.nianbao.backend.analytics.MetricCatalogue;
import cn.nianbao.backend.analytics.MetricInfo;
import cn.nianbao.backend.analytics.MinimumSample;
import cn.nianbao.backend.analytics.PointState;
import cn.nianbao.backend.analytics.RegionRef;
import cn.nianbao.backend.chart.rendering.ChartRendering;
import cn.nianbao.backend.chart.rendering.RenderedChart;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time to draw one chart into one file, on one core, from figures shaped like the demo city's (26 bodies, 2019–2024;
 * the ranking and heat map show all 26, small multiples 12, the trend the total and 8 bodies). The figures are made
 * here, so this measures drawing and encoding only, not the database.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-XX:ActiveProcessorCount=1", "-Xmx1g", "-Djava.awt.headless=true"})
public class ChartBenchmark {

    private static final RegionRef REGION = new RegionRef("demo", "示例市人民政府", true);
    private static final List<Integer> YEARS = List.of(2019, 2020, 2021, 2022, 2023, 2024);
    private static final int BODIES = 26;

    @Param({"overview", "outcomes", "applicants", "reviews", "ranking", "heatmap", "small-multiples"})
    public String chart;

    @Param({"svg", "png", "png2x", "pdf"})
    public String format;

    private ChartData data;
    private ChartRequest request;

    @Setup
    public void figures() {
        ChartKind kind = ChartKind.of(chart);
        String file = format.startsWith("png") ? "png" : format;
        String scale = format.equals("png2x") ? "2" : "1";
        request = ChartRequest.of(kind, new ChartParameters("demo", null, null, null, null, null, null,
                kind == ChartKind.OVERVIEW ? "both" : null, null, null, null, scale, file), ChartFormat.SVG);
        data = switch (kind) {
            case OVERVIEW -> byYear(kind, columns("total", 9), true);
            case OUTCOMES -> byYear(kind, List.of("requests.granted.total", "requests.partially_granted.total",
                    "requests.denied.total", "requests.unable.total", "requests.not_processed.total",
                    "requests.other.total"), false);
            case APPLICANTS -> byYear(kind, List.of("requests.new_received.natural_person",
                    "requests.new_received.commercial", "requests.new_received.research",
                    "requests.new_received.public_interest", "requests.new_received.legal_services",
                    "requests.new_received.other"), false);
            case REVIEWS -> byYear(kind, List.of("reviews.administrative_review.upheld",
                    "reviews.administrative_review.corrected", "reviews.administrative_review.other",
                    "reviews.administrative_review.pending", "litigation.upheld", "litigation.corrected",
                    "litigation.other", "litigation.pending"), false);
            case RANKING -> ranking();
            case HEATMAP -> byBody(kind, BODIES);
            case SMALL_MULTIPLES -> byBody(kind, 12);
            // drawn as the overview's trend chart, which is measured
            case QUALITY_HISTORY -> throw new IllegalArgumentException("not among the benchmark's charts: " + chart);
        };
        if (ChartRendering.draw(data, request).bytes().length == 0) {
            throw new IllegalStateException("nothing drawn for " + chart);
        }
    }

    @Benchmark
    public RenderedChart draw() {
        return ChartRendering.draw(data, request);
    }

    private static List<String> columns(String first, int count) {
        List<String> keys = new ArrayList<>(List.of(first));
        for (int i = 1; i < count; i++) {
            keys.add("demo.b" + i);
        }
        return keys;
    }

    private static ChartData byYear(ChartKind kind, List<String> keys, boolean metric) {
        Random random = new Random(20260101L + kind.ordinal());
        List<ChartData.Column> columns = keys.stream().map(key -> new ChartData.Column(key,
                key.startsWith("demo.b") ? "示例镇" + key.substring(6) : label(key),
                key.startsWith("litigation") ? "行政诉讼" : key.startsWith("reviews") ? "行政复议" : null)).toList();
        List<ChartData.Row> rows = new ArrayList<>();
        for (int year : YEARS) {
            List<ChartData.Cell> cells = new ArrayList<>();
            for (String key : keys) {
                cells.add(reported(key.equals("total") ? 600 + random.nextInt(300) : 5 + random.nextInt(120)));
            }
            rows.add(new ChartData.Row(Integer.toString(year), Integer.toString(year), cells));
        }
        return new ChartData(kind, REGION.name() + kind.label() + "（2019—2024 年）",
                "2024 年示例市各机构本年新收申请数量合计 917 件，比上年增长 26.5%；增加最多的是住房和城乡建设局（+58 件）",
                List.of("合计为所辖机构已填报数之和，不含示例市本级"), "数据来源：年报通｜示例市人民政府（示例数据）｜2019—2024 年",
                REGION, YEARS, metric ? info() : null, "件", 0, new ChartData.Table("年度", columns, rows));
    }

    private static ChartData byBody(ChartKind kind, int count) {
        Random random = new Random(20260101L + kind.ordinal());
        List<ChartData.Column> columns = YEARS.stream()
                .map(year -> new ChartData.Column(year.toString(), year.toString(), null)).toList();
        List<ChartData.Row> rows = new ArrayList<>();
        for (int body = 1; body <= count; body++) {
            List<ChartData.Cell> cells = new ArrayList<>();
            for (int year = 0; year < YEARS.size(); year++) {
                cells.add(body == 7 && year == 3 ? new ChartData.Cell(null, PointState.MISSING, null, null, null)
                        : reported(2 + random.nextInt(130)));
            }
            rows.add(new ChartData.Row("demo.b" + body, "示例镇" + body + "人民政府", cells));
        }
        return new ChartData(kind, REGION.name() + kind.label() + "（2019—2024 年）",
                "2019—2024 年示例市各机构（26 个）本年新收申请数量：2024 年最高的是住房和城乡建设局（134 件）；共缺报 2 次",
                List.of(), "数据来源：年报通｜示例市人民政府（示例数据）｜2019—2024 年", REGION, YEARS, info(), "件", 0,
                new ChartData.Table("机构", columns, rows));
    }

    private static ChartData ranking() {
        Random random = new Random(20260101L);
        List<ChartData.Row> rows = new ArrayList<>();
        for (int body = 1; body <= BODIES; body++) {
            rows.add(new ChartData.Row("demo.b" + body, "示例镇" + body + "人民政府", List.of(ChartData.Cell.number(body),
                    reported(140 - 5 * body), reported(2 + random.nextInt(130)), ChartData.Cell.number(3))));
        }
        return new ChartData(ChartKind.RANKING, "示例市各机构本年新收申请数量排名（2024 年，与上年对比）",
                "2024 年本年新收申请数量最高的是住房和城乡建设局（134 件）；25 个机构有数值", List.of(),
                "数据来源：年报通｜示例市人民政府（示例数据）｜2023—2024 年", REGION, List.of(2023, 2024), info(), "件", 0,
                new ChartData.Table("机构", List.of(new ChartData.Column("rank", "名次", null),
                        new ChartData.Column("current", "2024 年", null), new ChartData.Column("previous", "2023 年", null),
                        new ChartData.Column("change", "变化", null)), rows));
    }

    private static String label(String key) {
        return key.equals("total") ? "示例市合计" : MetricCatalogue.find(key).orElseThrow().label();
    }

    private static MetricInfo info() {
        return MetricInfo.of(MetricCatalogue.newReceived(), new MinimumSample(10));
    }

    private static ChartData.Cell reported(long value) {
        return new ChartData.Cell(value, PointState.REPORTED, null, null, null);
    }
}
