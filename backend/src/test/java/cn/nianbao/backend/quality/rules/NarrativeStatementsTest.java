package cn.nianbao.backend.quality.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import cn.nianbao.backend.contract.NarrativeSection;
import org.junit.jupiter.api.Test;

/** The figures the narrative states in words, read the way a supervisor reads them, and nothing less certain. */
class NarrativeStatementsTest {

    @Test
    void theUsualWaysOfStatingTheFigures() {
        assertThat(read("2023年，共收到政府信息公开申请 24 件，办结 23 件，结转下年度办理 1 件。"))
                .extracting(NarrativeStatements.Statement::figure, NarrativeStatements.Statement::value)
                .containsExactly(tuple(StatedFigure.RECEIVED, 24L), tuple(StatedFigure.HANDLED, 23L),
                        tuple(StatedFigure.CARRIED_FORWARD, 1L));
        assertThat(read("全年因政府信息公开被申请行政复议 2 起，被提起行政诉讼 1 件。"))
                .extracting(NarrativeStatements.Statement::figure, NarrativeStatements.Statement::value)
                .containsExactly(tuple(StatedFigure.REVIEWS, 2L), tuple(StatedFigure.LAWSUITS, 1L));
        assertThat(read("全年因政府信息公开被申请行政复议、提起行政诉讼共 3 件。"))
                .extracting(NarrativeStatements.Statement::figure, NarrativeStatements.Statement::value)
                .containsExactly(tuple(StatedFigure.REVIEWS_AND_LAWSUITS, 3L));
        assertThat(read("本年制发行政规范性文件 4 件，废止规范性文件 1 件，现行有效规范性文件 12 件。"))
                .extracting(NarrativeStatements.Statement::figure, NarrativeStatements.Statement::value)
                .containsExactly(tuple(StatedFigure.NORMATIVE_ISSUED, 4L), tuple(StatedFigure.NORMATIVE_REPEALED, 1L),
                        tuple(StatedFigure.NORMATIVE_IN_FORCE, 12L));
    }

    @Test
    void sayingThereWereNoneIsStatingZero() {
        assertThat(read("我镇全年未收到依申请公开。2023年，也未发生因政府信息公开引起的行政复议和行政诉讼事项。"))
                .extracting(NarrativeStatements.Statement::figure, NarrativeStatements.Statement::value)
                .containsExactly(tuple(StatedFigure.RECEIVED, 0L), tuple(StatedFigure.REVIEWS, 0L),
                        tuple(StatedFigure.LAWSUITS, 0L));
    }

    @Test
    void aRealReportsParagraphWithItsPdfLineBreaks() {
        String text = "（二）依申请公开情况。2024年，全市共受理政府信息公开申请 3119件，答复 3050件（含上年度结转申请 34件，"
                + "另有 103件顺延到下年度\n答复），均在法定期限内予以答复。政府信息公开行政复议 351\n件，其中结果维持 72件，"
                + "结果纠正 64件。全年新增公开市政府规章 1件、市政府及市政府办政策性文件 11件。";

        List<NarrativeStatements.Statement> statements = read(text);

        assertThat(statements).extracting(NarrativeStatements.Statement::figure, NarrativeStatements.Statement::value)
                .containsExactly(tuple(StatedFigure.RECEIVED, 3119L), tuple(StatedFigure.HANDLED, 3050L),
                        tuple(StatedFigure.CARRIED_OVER, 34L), tuple(StatedFigure.CARRIED_FORWARD, 103L),
                        tuple(StatedFigure.REVIEWS, 351L), tuple(StatedFigure.REGULATIONS_ISSUED, 1L));
        NarrativeStatements.Statement reviews = statements.get(4);
        assertThat(text.substring(reviews.offset(), reviews.offset() + reviews.length()))
                .isEqualTo("政府信息公开行政复议 351\n件");
        assertThat(reviews.excerpt()).isEqualTo("政府信息公开行政复议 351件");
    }

    @Test
    void partsChangesRatesAndApproximateNumbersAreNotStatements() {
        assertThat(read("全年收到政府信息公开申请同比增长 24 件。")).isEmpty();
        assertThat(read("其中自然人申请 20 件，按时办结率 100%。")).isEmpty();
        assertThat(read("主动公开政府信息 5500余条，收到政府信息公开申请约 30 件。")).isEmpty();
        assertThat(read("全年受理政府信息公开申请 3000多件。")).isEmpty();
        assertThat(read("其中予以公开答复 1288 件。")).isEmpty();
        assertThat(read("全年办理行政复议案件 120 件。")).as("not said to be about information disclosure").isEmpty();
        assertThat(read("全年收到群众来信 24 件。")).isEmpty();
    }

    private static List<NarrativeStatements.Statement> read(String text) {
        return NarrativeStatements.of(List.of(new NarrativeSection(1, "一、总体情况", text)));
    }
}
