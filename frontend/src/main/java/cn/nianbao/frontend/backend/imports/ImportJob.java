package cn.nianbao.frontend.backend.imports;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An import job as {@code GET /api/imports/{id}} answers: {@code state} {@code running} or {@code done},
 * {@code processed} of {@code total} files read so far, one item per file. The listing of recent jobs
 * ({@code GET /api/imports}) may leave the items out.
 */
public record ImportJob(String id, String state, int total, int processed, OffsetDateTime createdAt,
                        String createdBy, List<ImportItem> items) {

    public ImportJob {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public boolean done() {
        return "done".equals(state);
    }

    public long count(ImportStatus status) {
        return items.stream().filter(item -> item.status() == status).count();
    }
}
