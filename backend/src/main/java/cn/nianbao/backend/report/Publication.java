package cn.nianbao.backend.report;

import java.time.LocalDate;

/** A body-year's active version as the completeness matrix reads it: which version, published when (null: unknown). */
public record Publication(long agencyId, int year, int versionNo, LocalDate publishedOn) {
}
