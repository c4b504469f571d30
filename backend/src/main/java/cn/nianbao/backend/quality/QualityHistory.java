package cn.nianbao.backend.quality;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.platform.database.Database;
import cn.nianbao.backend.platform.security.Caller;
import cn.nianbao.backend.platform.web.RequestLimits;
import cn.nianbao.backend.quality.persistence.RunRepository;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * A region's quality over time: the current findings counted at the end of each run that covered it, oldest first,
 * for the chart of open findings. Regions with bodies under them are counted (a run counts its own region and each
 * such region within it); a single body has no history of its own.
 */
@Service
public class QualityHistory {

    public static final int DEFAULT_RUNS = 50;
    public static final int MAX_RUNS = 500;

    private final AgencyDirectory directory;
    private final RunRepository runs;
    private final Database database;

    public QualityHistory(AgencyDirectory directory, RunRepository runs, Database database) {
        this.directory = directory;
        this.runs = runs;
        this.database = database;
    }

    /** The region and one point per run. */
    public record History(Completeness.Region region, List<Point> points) {
    }

    /**
     * After one run: the findings not yet reviewed ({@code open}), confirmed and dismissed, and the open ones by
     * severity and by rule.
     */
    public record Point(long runId, OffsetDateTime takenAt, int open, int confirmed, int dismissed,
                        Map<String, Integer> openBySeverity, Map<String, Integer> openByCode) {
    }

    public Mono<History> history(Caller caller, String regionCode, String limit) {
        int bounded = RequestLimits.number("limit", limit, 1, MAX_RUNS, DEFAULT_RUNS);
        return directory.visible(caller, regionCode).flatMap(region -> runs.history(database.autoCommit(),
                        region.id(), bounded).collectList()
                .map(rows -> new History(new Completeness.Region(region.code(), region.name()), points(rows))));
    }

    private static List<Point> points(List<RunRepository.SnapshotRow> rows) {
        Map<Long, List<RunRepository.SnapshotRow>> byRun = new TreeMap<>();
        rows.forEach(row -> byRun.computeIfAbsent(row.runId(), id -> new ArrayList<>()).add(row));
        List<Point> points = new ArrayList<>();
        byRun.forEach((runId, runRows) -> {
            int open = 0;
            int confirmed = 0;
            int dismissed = 0;
            Map<String, Integer> bySeverity = new LinkedHashMap<>(Map.of("error", 0, "warning", 0, "info", 0));
            Map<String, Integer> byCode = new TreeMap<>();
            for (RunRepository.SnapshotRow row : runRows) {
                open += row.open();
                confirmed += row.confirmed();
                dismissed += row.dismissed();
                bySeverity.merge(row.severity(), row.open(), Integer::sum);
                if (row.open() > 0) {
                    byCode.merge(row.code(), row.open(), Integer::sum);
                }
            }
            points.add(new Point(runId, runRows.getFirst().takenAt(), open, confirmed, dismissed, bySeverity,
                    byCode));
        });
        return points;
    }
}
