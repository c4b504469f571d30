package cn.nianbao.backend.quality;

import java.time.OffsetDateTime;

/**
 * A run of every rule over a region ({@code regionCode} null: every body): who started it and why, when, how it
 * went, and how many body-years and reports it checked and findings it left.
 */
public record QualityRun(long id, String regionCode, String regionName, String reason, String startedBy,
                         OffsetDateTime startedAt, OffsetDateTime finishedAt, String status, Integer bodyYears,
                         Integer reports, Integer findings, String error) {

    public static final String RUNNING = "running";
    public static final String FINISHED = "finished";
    public static final String FAILED = "failed";
    /** Asked for by a person (or after a supervisor's rule changed). */
    public static final String REQUESTED = "requested";
    /** The built-in rules changed with a new release of the application. */
    public static final String RULES_UPDATED = "rules_updated";
}
