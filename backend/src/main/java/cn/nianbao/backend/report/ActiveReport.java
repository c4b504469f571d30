package cn.nianbao.backend.report;

import java.util.List;

import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.NarrativeSection;

/** The active version of a body's report for a year: which version it is, and its content. */
public record ActiveReport(long agencyId, int year, long versionId, int versionNo, AnnualReport report) {

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
