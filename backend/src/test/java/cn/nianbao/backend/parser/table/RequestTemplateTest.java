package cn.nianbao.backend.parser.table;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.backend.contract.RequestRow;
import cn.nianbao.backend.parser.text.TextNormalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestTemplateTest {

    @ParameterizedTest(name = "{0} after {1}")
    @CsvSource(delimiter = '|', textBlock = """
            一、本年新收政府信息公开申请数量                 | -1 | NEW_RECEIVED
            2.其他法律行政止公开                           |  4 | DENIED_PROHIBITED_BY_LAW
            ２、其他法律行政法规禁止公开                    |  4 | DENIED_PROHIBITED_BY_LAW
            三、本年度办理结果（一）予以公开                  |  1 | GRANTED
            （三）不予公开 1.属于国家秘密                     |  3 | DENIED_STATE_SECRET
            形，不计其他情形）1.属于国家秘密                   |  3 | DENIED_STATE_SECRET
            3.危及“三安全一稳定”                          |  5 | DENIED_SECURITY_STABILITY
            5.要求行政机关确认或重 新出具已获取信息             | 18 | NOT_PROCESSED_CONFIRMATION
            具已获取信息1、申请人无正当理由逾期不补正、行政机关不再处理其政府信 | 19 | OTHER_NO_CORRECTION
            （六）其他处理                                | 19 | OTHER_UNSPLIT
            3、其他                                      | 21 | OTHER_OTHER
            （七）总计                                   | 20 | TOTAL_PROCESSED
            四、结转下年度继续办理                          | 23 | CARRIED_FORWARD
            1.本机关不掌握相关政府信息                       | 11 | UNABLE_NOT_HELD
            2.没有现成信息需要另 行制作                      | 12 | UNABLE_NEEDS_CREATION
            """)
    void matchesPrintedLabelVariants(String printed, int lastOrder, RequestRow row) {
        assertThat(RequestTemplate.TEMPLATE.match(TextNormalizer.compact(printed), lastOrder))
                .hasValueSatisfying(label -> assertThat(label.row()).isEqualTo(row));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            自然人 商业企业 科研机构 社会公益组织 法律服务机构 | -1
            申请人情况                                    | -1
            """)
    void headersAreNoRows(String printed, int lastOrder) {
        assertThat(RequestTemplate.TEMPLATE.match(TextNormalizer.compact(printed), lastOrder)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1.属于国家机秘密 | 3 | DENIED_STATE_SECRET
            8.属于行政查洵事 | 10 | DENIED_ADMINISTRATIVE_QUERY
            """)
    void aMisprintedLabelIsTakenForTheNextExpectedRowWhenCloseEnough(String printed, int lastOrder, RequestRow row) {
        assertThat(RequestTemplate.TEMPLATE.match(TextNormalizer.compact(printed), lastOrder))
                .hasValueSatisfying(label -> assertThat(label.row()).isEqualTo(row));
    }
}
