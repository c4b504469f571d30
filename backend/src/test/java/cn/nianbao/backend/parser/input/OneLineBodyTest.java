package cn.nianbao.backend.parser.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class OneLineBodyTest {

    private static final String BODY = "本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。一、总体情况全年主动公开信息99条，"
            + "其中政策文件5条。二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数规范性文件500第二十条第（五）项"
            + "信息内容本年处理决定数量行政许可2650三、收到和处理政府信息公开申请情况申请人情况自然人总计一、本年新收政府信息公开"
            + "申请数量 2000002二、上年结转政府信息公开申请数量 0000000（三）不予公开1.属于国家秘密00000002.其他法律行政法规禁止"
            + "公开0000000四、政府信息公开行政复议、行政诉讼情况结果维持总计00202000001324015五、存在的主要问题及改进情况无。"
            + "六、其他需要报告的事项无。示例县教育局\u30002025年1月20日";

    @Test
    void aReportOnOneLineIsCutAtItsPartHeadingsItsTableRowsAndItsSignature() {
        List<String> lines = OneLineBody.split(BODY);

        assertThat(lines).contains("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项",
                "示例县教育局\u30002025年1月20日");
        // prose stays whole, even with numbers in it
        assertThat(lines).contains("全年主动公开信息99条，其中政策文件5条。");
        assertThat(lines).contains("第二十条第（一）项信息内容本年制发件数规范性文件500",
                "二、上年结转政府信息公开申请数量 0000000");
        // the digit glued to the next row's list marker is that marker
        assertThat(lines).contains("（三）不予公开1.属于国家秘密0000000", "2.其他法律行政法规禁止公开0000000");
        assertThat(lines).anySatisfy(line -> assertThat(line).endsWith("总计00202000001324015"));
    }

    @Test
    void labelsWithDigitsAndDecimalsAreNotCut() {
        List<String> rows = OneLineBody.rows("第二十条第(1)项信息内容行政事业性收费7730.28行政许可12");

        assertThat(rows).containsExactly("第二十条第(1)项信息内容行政事业性收费7730.28", "行政许可12");
    }

    @Test
    void aShortLineOrOneWithoutHeadingsIsLeftAlone() {
        assertThat(OneLineBody.split("一、总体情况")).containsExactly("一、总体情况");
        String prose = "今年共受理申请12件，办结11件，".repeat(20);
        assertThat(OneLineBody.split(prose)).containsExactly(prose);
    }
}
