package cn.nianbao.backend.parser.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import cn.nianbao.backend.contract.StatisticsPeriod;
import cn.nianbao.backend.parser.input.TextLinesAccess;
import cn.nianbao.backend.parser.text.Line;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetadataReadersTest {

    private static List<Line> lines(String text) {
        return TextLinesAccess.lines(text.replace("\\n", "\n"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            洪泽区人民政府\\n2023 年政府信息公开工作年度报告                      | 洪泽区人民政府       | 2023
            淮安市人民政府2024年政府信息公开工作年度报告                           | 淮安市人民政府       | 2024
            示例区人民政府办公室2023年度政府信息公开工作年度报告                     | 示例区人民政府办公室  | 2023
            2023年度示例县交通运输局政府信息公开工作年度报告                        | 示例县交通运输局      | 2023
            示例县人民政府关于2022年政府信息公开工作年度报告                        | 示例县人民政府       | 2022
            示例市人民政府网_示例镇人民政府2023年政府信息公开工作年度报告_政务公开      | 示例镇人民政府       | 2023
            # 示例街道办事处2024年政府信息公开工作年度报告                          | 示例街道办事处       | 2024
            政府信息公开工作年度报告格式模板                                      | null               | null
            """)
    void theBodyAsPrintedInTheTitle(String text, String agency, Integer year) {
        TitleReader.Title title = TitleReader.read(lines(text));

        assertThat(title.agency()).isEqualTo(agency);
        assertThat(title.year()).isEqualTo(year);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            报告中所列数据统计期限自2023年1月1日起至2023年12月31日止。            | 2023-01-01 | 2023-12-31
            报告所列统计期限自2024年1月1日至2024年12月31日。                    | 2024-01-01 | 2024-12-31
            本报告中所列数据的统计时限为2022年1月1日起至2022年12月31日止。          | 2022-01-01 | 2022-12-31
            数据统计时间为2021年1月1日—2021年12月31日。                        | 2021-01-01 | 2021-12-31
            """)
    void theStatisticsPeriod(String text, LocalDate from, LocalDate to) {
        assertThat(PeriodReader.read(text)).contains(new StatisticsPeriod(from, to));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            六、其他需要报告的事项\\n无。\\n\\n示例镇人民政府\\n2023年12月31日\\n1       | 2023-12-31
            六、其他需要报告的事项\\n无。\\n示例县人民政府\\n二〇二四年一月二十日               | 2024-01-20
            六、其他需要报告的事项\\n无。\\n示例县人民政府 2024年1月20日                   | 2024-01-20
            六、其他需要报告的事项\\n2023年全年收取信息处理费0元。\\n-5-                   | null
            """)
    void theDateUnderTheSignature(String text, LocalDate expected) {
        assertThat(SignatureReader.read(lines(text)).map(SignatureReader.Signature::date).orElse(null)).isEqualTo(expected);
    }
}
