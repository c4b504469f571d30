package cn.nianbao.backend.importing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import cn.nianbao.backend.platform.security.Caller;

/**
 * An import job: who started it (with the role and scope they had then, against which every item is checked), when,
 * how many items it has and how many are in each status; the form's publication date and address for documents that
 * print none.
 */
public record ImportJob(UUID id, String createdBy, OffsetDateTime createdAt, int total, Map<String, Integer> counts,
                        Caller owner, LocalDate publishedOn, String url) {

    public ImportJob {
        counts = Map.copyOf(counts);
    }

    public int count(ItemStatus status) {
        return counts.getOrDefault(status.code(), 0);
    }

    public int processed() {
        return total - count(ItemStatus.QUEUED);
    }

    /** {@code running} while any item is queued, then {@code done}. */
    public String state() {
        return count(ItemStatus.QUEUED) > 0 ? "running" : "done";
    }
}
