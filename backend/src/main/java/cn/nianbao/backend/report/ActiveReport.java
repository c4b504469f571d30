package cn.nianbao.backend.report;

import java.util.List;
import java.util.function.Supplier;

import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.NarrativeSection;
import cn.nianbao.backend.contract.SourceRows;

/**
 * The active version of a body's report for a year: which version it is, its content, and where the rows of its
 * tables were read when it was read from a document ({@link SourceRows#NONE} otherwise), parsed when first asked
 * for ({@link SourceRows#whenAsked}).
 */
public record ActiveReport(long agencyId, int year, long versionId, int versionNo, AnnualReport report,
                           Supplier<SourceRows> positions) {

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
