package cn.nianbao.backend.report;

import java.util.List;
import java.util.function.Supplier;

import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.NarrativeSection;
import cn.nianbao.backend.contract.SourceRows;
import org.springframework.util.function.SingletonSupplier;

/**
 * The active version of a body's report for a year: which version it is, its content, and where the rows of its
 * tables were read when it was read from a document ({@link SourceRows#NONE} otherwise), parsed when first asked
 * for ({@link #positionsWhenAsked}).
 */
public record ActiveReport(long agencyId, int year, long versionId, int versionNo, AnnualReport report,
                           Supplier<SourceRows> positions) {

    /**
     * The places stored with a version ({@link SourceRows#toJson()}), parsed when first asked for and then kept: a
     * region's reports are read with their stored places for the quality rules, and only the few with a finding on a
     * table cell need them.
     */
    public static Supplier<SourceRows> positionsWhenAsked(String json) {
        return SingletonSupplier.of(() -> SourceRows.fromJson(json));
    }

    /** The narrative sections of the active version of a body's report of a year. */
    public record Narrative(long agencyId, int year, long versionId, List<NarrativeSection> sections) {

        public Narrative {
            sections = List.copyOf(sections);
        }
    }

    /** Which version is active for a body's report of a year, without its content. */
    public record Key(long agencyId, int year, long versionId) {
    }
}
