package cn.nianbao.backend.quality.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.CellPath;
import cn.nianbao.backend.contract.NarrativeSection;
import cn.nianbao.backend.contract.ProactiveField;
import cn.nianbao.backend.contract.ProactiveRow;
import cn.nianbao.backend.contract.ReportFormat;
import cn.nianbao.backend.contract.Severity;

/** The rules on the narrative sections of one report: SECTION_MISSING and FEE_NOT_EXPLAINED. */
final class NarrativeRules {

    private static final CellPath FEES = CellPath.proactive(ProactiveRow.FEES, ProactiveField.AMOUNT_WAN_YUAN);

    private NarrativeRules() {
    }

    /**
     * SECTION_MISSING: 一, 五 or 六 absent (error); 一 empty (error); 五 empty or only 无 (warning). 六 may well say 无:
     * there is often nothing else to report. Free-form reports before 2019 and reports without any known narrative
     * are not judged.
     */
    static List<QualityFinding> missingSections(AnnualReport report) {
        List<QualityFinding> found = new ArrayList<>();
        if (report.format() == ReportFormat.PRE2019 || !Narrative.known(report)) {
            return found;
        }
        for (int number : Narrative.PROSE) {
            Optional<NarrativeSection> section = Narrative.section(report, number);
            String bare = section.map(s -> Narrative.bare(s.text())).orElse(null);
            if (section.isEmpty()) {
                found.add(finding(number, Severity.ERROR, "缺失"));
            } else if (number == 6) {
                continue;
            } else if (bare.isEmpty()) {
                found.add(finding(number, number == 1 ? Severity.ERROR : Severity.WARNING, "为空"));
            } else if (bare.equals("无") || bare.equals("暂无")) {
                found.add(finding(number, number == 1 ? Severity.ERROR : Severity.WARNING, "只写了“" + bare + "”"));
            }
        }
        return found;
    }

    private static QualityFinding finding(int number, Severity severity, String problem) {
        return QualityFinding.of(RuleCatalogue.SECTION_MISSING, severity, Figures.of("number", Narrative.NUMERALS[number])
                .with("heading", Narrative.HEADINGS[number]).with("problem", problem), List.of("sections." + number),
                null);
    }

    /** FEE_NOT_EXPLAINED: fees above 0 in 表二, and section 六 missing or not mentioning any fee (费). */
    static List<QualityFinding> unexplainedFees(AnnualReport report) {
        Number amount = FEES.valueIn(report);
        if (!(amount instanceof BigDecimal fees) || fees.signum() <= 0 || !Narrative.known(report)) {
            return List.of();
        }
        Optional<NarrativeSection> other = Narrative.section(report, 6);
        if (other.isPresent() && other.get().text() != null && other.get().text().contains("费")) {
            return List.of();
        }
        String problem = other.isEmpty() ? "缺失，收费情况无从说明" : "未提及收费";
        return List.of(QualityFinding.of(RuleCatalogue.FEE_NOT_EXPLAINED, Figures.of("amount", fees)
                .with("problem", problem), List.of(FEES.path(), "sections.6"), null));
    }
}
