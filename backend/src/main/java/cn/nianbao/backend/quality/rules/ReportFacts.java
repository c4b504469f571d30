package cn.nianbao.backend.quality.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.Finding;
import cn.nianbao.backend.contract.SourceRows;

/**
 * Everything the rules look at for one body and one year: the body, its report (null when it has none), the same
 * body's report of the year before, the best copy of its narrative among other bodies' reports of the year, and
 * today's date (deadlines). Built by the service that loads them; the rules themselves read nothing else.
 *
 * @param printedNameMatches whether the agency the report prints is this body (null when it prints none)
 * @param yearCollected whether any body of the same top-level region has a report for the year: reports of a year
 *                      nobody has stored yet are not being collected, and no body is missing one
 * @param documentFindings what the parser found reading the document, when the version is being stored now
 */
public record ReportFacts(Body body, int year, Version current, Version previous, Boolean printedNameMatches,
                          TextCopy copiedFrom, List<Finding> documentFindings, LocalDate today,
                          boolean yearCollected) {

    public ReportFacts {
        documentFindings = documentFindings == null ? List.of() : List.copyOf(documentFindings);
    }

    /** A reporting body: whether it must report this year, and whether it has the longer deadline. */
    public record Body(long id, String code, String name, boolean peoplesGovernment, boolean expected) {
    }

    /**
     * A stored version of a report, with its narrative already shingled when the caller has it (else null), and
     * where the parser read its table rows ({@link SourceRows#NONE} for a report entered as data), parsed when a
     * finding first needs a place.
     */
    public record Version(long versionId, int versionNo, AnnualReport report, NarrativeText text,
                          Supplier<SourceRows> positions) {

        public Version {
            positions = positions == null ? () -> SourceRows.NONE : positions;
        }

        public Version(long versionId, int versionNo, AnnualReport report) {
            this(versionId, versionNo, report, null, null);
        }

        /** The narrative as shingles: the one given, or made now. */
        public NarrativeText narrative() {
            return text != null ? text : NarrativeText.of(report);
        }
    }

    /** Another body's report of the same year whose narrative contains {@code share} (0…1) of this one's. */
    public record TextCopy(long versionId, String agencyName, int year, double share, NarrativeText text) {
    }
}
