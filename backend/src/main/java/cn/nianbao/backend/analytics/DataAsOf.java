package cn.nianbao.backend.analytics;

import java.time.OffsetDateTime;

import cn.nianbao.backend.analytics.persistence.LatestChangeQuery;
import cn.nianbao.backend.platform.security.Caller;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * When the figures of a region last changed: the time the newest active report version in it was stored. Printed on
 * charts and exports ("数据截至 …") so that a slide says how fresh its numbers are.
 */
@Service
public class DataAsOf {

    private final AnalysedRegions regions;
    private final LatestChangeQuery latestChange;

    public DataAsOf(AnalysedRegions regions, LatestChangeQuery latestChange) {
        this.regions = regions;
        this.latestChange = latestChange;
    }

    /** Empty when the region (as the caller sees it) has no report at all; 404 when it is unknown or out of scope. */
    public Mono<OffsetDateTime> latestChange(Caller caller, String regionCode) {
        return regions.of(caller, regionCode, null).flatMap(region -> latestChange.of(region.wholeRegion()));
    }
}
