package cn.nianbao.backend.quality.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.CellPath;
import cn.nianbao.backend.contract.SourceLocation;

/**
 * TEXT_TABLE_MISMATCH: a figure the narrative states that none of its readings in the tables bears out. Nothing is
 * said when the text states the same figure twice with different numbers, or when the cells are blank or missing:
 * an uncertain match is never a finding.
 */
final class TextTableRule {

    private TextTableRule() {
    }

    static List<QualityFinding> check(AnnualReport report) {
        if (!Narrative.known(report)) {
            return List.of();
        }
        Map<StatedFigure, List<NarrativeStatements.Statement>> byFigure = new EnumMap<>(StatedFigure.class);
        for (NarrativeStatements.Statement statement : NarrativeStatements.of(Narrative.prose(report))) {
            byFigure.computeIfAbsent(statement.figure(), figure -> new ArrayList<>()).add(statement);
        }
        List<QualityFinding> found = new ArrayList<>();
        byFigure.forEach((figure, statements) -> {
            long value = statements.getFirst().value();
            if (statements.stream().anyMatch(s -> s.value() != value)) {
                return;
            }
            List<CellPath> contradicted = null;
            Long tableValue = null;
            for (List<CellPath> reading : figure.readings()) {
                Long sum = sum(report, reading);
                if (sum != null && sum == value) {
                    return;
                }
                if (sum != null && contradicted == null) {
                    contradicted = reading;
                    tableValue = sum;
                }
            }
            if (contradicted != null) {
                found.add(finding(figure, statements.getFirst(), contradicted, tableValue));
            }
        });
        return found;
    }

    private static QualityFinding finding(StatedFigure figure, NarrativeStatements.Statement statement,
                                          List<CellPath> cells, long tableValue) {
        Figures figures = Figures.of("section", Narrative.NUMERALS[statement.section()])
                .with("excerpt", statement.excerpt()).with("what", figure.label()).with("stated", statement.value())
                .with("cell_label", cells.size() == 1 ? cells.getFirst().label()
                        : String.join(" + ", cells.stream().map(CellPath::label).toList()))
                .with("table", tableValue).with("difference", Math.abs(statement.value() - tableValue));
        List<SourceLocation> source = List.of(SourceLocation.inSection(statement.section(), statement.offset(),
                statement.length(), statement.excerpt()));
        return QualityFinding.of(RuleCatalogue.TEXT_TABLE_MISMATCH, figures,
                cells.stream().map(CellPath::path).toList(), source);
    }

    private static Long sum(AnnualReport report, List<CellPath> cells) {
        long sum = 0;
        for (CellPath cell : cells) {
            Number value = cell.valueIn(report);
            if (value == null) {
                return null;
            }
            sum += value.longValue();
        }
        return sum;
    }
}
