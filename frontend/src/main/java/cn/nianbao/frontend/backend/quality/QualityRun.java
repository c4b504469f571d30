package cn.nianbao.frontend.backend.quality;

import java.time.OffsetDateTime;

/**
 * A run of every rule over a region ({@code /api/quality/runs}): {@code status} {@code running}, {@code finished} or
 * {@code failed}, and what it checked and found.
 */
public record QualityRun(long id, String regionCode, String regionName, String reason, String startedBy,
                         OffsetDateTime startedAt, OffsetDateTime finishedAt, String status, Integer bodyYears,
                         Integer reports, Integer findings, String error) {

    public boolean running() {
        return "running".equals(status);
    }

    public boolean failed() {
        return "failed".equals(status);
    }
}
