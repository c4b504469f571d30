package cn.nianbao.backend.parser;

import java.math.BigDecimal;
import java.util.Random;

import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.ApplicantColumn;
import cn.nianbao.backend.contract.ApplicantCounts;
import cn.nianbao.backend.contract.ProactiveCells;
import cn.nianbao.backend.contract.ProactiveRow;
import cn.nianbao.backend.contract.RequestRow;
import cn.nianbao.backend.contract.ReviewOutcome;
import cn.nianbao.backend.contract.ReviewRow;

/**
 * A report as a site crawler saves a page: a header ({@code 标题:}, {@code 发布时间:}, {@code 原文链接:} …, a
 * {@code ==== 正文 ====} line) and the whole body on one line, every table cell's text glued to the next — a row's
 * numbers into one run of digits right after its label, an empty cell vanishing. Some crawlers keep a space where
 * a label cell ended; the generator puts one there at random.
 */
public final class CrawledText {

    private CrawledText() {
    }

    public static String page(AnnualReport report, long seed) {
        Random random = new Random(seed);
        String title = report.agency() + report.year() + "年政府信息公开工作年度报告";
        StringBuilder page = new StringBuilder()
                .append("标题: ").append(title).append('\n')
                .append("发布时间: ").append(report.year() + 1).append("-01-2").append(random.nextInt(10)).append(" 09:3")
                .append(random.nextInt(10)).append('\n')
                .append("文号: \n发布机构: ").append(report.agency()).append("办公室\n栏目: 政府信息公开年报\n")
                .append("原文链接: https://www.example.gov.cn/zwgk/ndbg/").append(report.year() + 1).append("01/t")
                .append(report.year() + 1).append("0120_").append(10000 + random.nextInt(90000)).append(".htm\n")
                .append("本地目录: zwgk/ndbg/").append(title).append('\n')
                .append("页面链接与图片详见 links.tsv(同目录)\n")
                .append("==================== 正文 ====================\n");
        StringBuilder body = new StringBuilder()
                .append("根据《中华人民共和国政府信息公开条例》要求，编制本报告。本报告所列数据的统计期限自").append(report.year())
                .append("年1月1日起至").append(report.year()).append("年12月31日止。如对本报告有任何疑问，请与")
                .append(report.agency()).append("联系（电话：0591-86175957）。")
                .append("一、总体情况").append(report.year()).append("年，我单位认真落实政府信息公开工作，全年主动公开信息")
                .append(100 + random.nextInt(900)).append("条。");
        if (report.proactive() != null) {
            body.append("二、主动公开政府信息情况");
            proactive(body, report, random);
        }
        body.append("三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")
                .append("申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他");
        requests(body, report, random);
        body.append("四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉")
                .append("结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计");
        for (ReviewRow row : ReviewRow.values()) {
            for (ReviewOutcome outcome : ReviewOutcome.values()) {
                body.append(value(report.reviews().get(row).get(outcome)));
            }
        }
        body.append("五、存在的主要问题及改进情况一是政策解读形式仍较单一；二是信息发布及时性有待提高。")
                .append("六、其他需要报告的事项本年度未收取信息处理费。").append(report.agency()).append('\u3000')
                .append(report.year() + 1).append("年1月20日");
        return page.append(body).append('\n').toString();
    }

    private static void proactive(StringBuilder body, AnnualReport report, Random random) {
        body.append("第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数");
        for (ProactiveRow row : new ProactiveRow[] {ProactiveRow.REGULATIONS, ProactiveRow.NORMATIVE_DOCUMENTS}) {
            ProactiveCells cells = report.proactive().get(row);
            if (cells == null) {
                continue; // a table that leaves the row out
            }
            body.append(row.label()).append(space(random)).append(value(cells.issued())).append(value(cells.repealed()))
                    .append(value(cells.inForce()));
        }
        body.append("第二十条第（五）项信息内容本年处理决定数量行政许可").append(space(random))
                .append(value(report.proactive().get(ProactiveRow.LICENSING).decisions()))
                .append("第二十条第（六）项信息内容本年处理决定数量行政处罚").append(space(random))
                .append(value(report.proactive().get(ProactiveRow.PUNISHMENT).decisions()))
                .append("行政强制").append(space(random))
                .append(value(report.proactive().get(ProactiveRow.ENFORCEMENT).decisions()))
                .append("第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费").append(space(random))
                .append(value(report.proactive().get(ProactiveRow.FEES).amountWanYuan()));
    }

    private static void requests(StringBuilder body, AnnualReport report, Random random) {
        for (RequestRow row : report.requests().keySet()) {
            if (row == RequestRow.GRANTED) {
                body.append("三、本年度办理结果");
            }
            if (row.group().label() != null && row.label().startsWith("1.")) {
                body.append(row.group().label());
            }
            body.append(row.label()).append(space(random));
            ApplicantCounts counts = report.requests().get(row);
            for (ApplicantColumn column : ApplicantColumn.values()) {
                body.append(value(counts.get(column)));
            }
        }
    }

    private static String space(Random random) {
        return random.nextInt(3) == 0 ? " " : "";
    }

    /** A cell's text: an empty cell prints nothing at all. */
    private static String value(Object value) {
        return value == null ? "" : value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }
}
