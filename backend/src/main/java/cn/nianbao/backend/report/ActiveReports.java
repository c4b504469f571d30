package cn.nianbao.backend.report;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import cn.nianbao.backend.platform.database.Tx;
import cn.nianbao.backend.report.persistence.ReportRepository;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The active versions of many reports at once, in a unit of work, for the features that check them (the quality
 * rules). No scope check: the caller has already decided who may see them.
 */
@Service
public class ActiveReports {

    private final ReportRepository reports;

    public ActiveReports(ReportRepository reports) {
        this.reports = reports;
    }

    /** The bodies' active versions from {@code fromYear} to {@code toYear}. */
    public Flux<ActiveReport> of(Tx tx, Collection<Long> agencyIds, int fromYear, int toYear) {
        return reports.activeOf(tx, agencyIds, fromYear, toYear);
    }

    /** Which version is active for each of the bodies' reports from {@code fromYear} to {@code toYear}. */
    public Flux<ActiveReport.Key> keys(Tx tx, Collection<Long> agencyIds, int fromYear, int toYear) {
        return reports.activeKeys(tx, agencyIds, fromYear, toYear);
    }

    /** The years for which the region's own body or any body under it has a report. */
    public Mono<Set<Integer>> yearsUnder(Tx tx, long regionId) {
        return reports.yearsUnder(tx, regionId).collect(TreeSet::new, Set::add);
    }

    /** The narrative sections of these versions, those of them that are active. */
    public Flux<ActiveReport.Narrative> narratives(Tx tx, Collection<Long> versionIds) {
        return reports.activeNarratives(tx, versionIds);
    }

    /** These versions with their content, those of them that are active. */
    public Flux<ActiveReport> versions(Tx tx, Collection<Long> versionIds) {
        return reports.activeVersions(tx, versionIds);
    }
}
