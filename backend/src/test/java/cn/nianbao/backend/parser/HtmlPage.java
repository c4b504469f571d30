package cn.nianbao.backend.parser;

import java.util.function.Function;

import cn.nianbao.backend.contract.AnnualReport;

/**
 * A government site's page as it is really served: the report in the middle, the signature in a right-aligned
 * paragraph padded with ideographic spaces and cut into {@code <span>}s by the site's editor, and below it a long
 * footer of related links, share buttons and the site's registration — more lines than a signature search from the
 * end of the page would cross.
 */
public final class HtmlPage {

    private HtmlPage() {
    }

    public static String withFooter(AnnualReport report) {
        String signature = "<p style=\"text-align: right;\"><span>" + report.agency() + "</span>\u3000\u3000\u3000</p>"
                + "<p style=\"text-align: right;\"><span>" + (report.year() + 1) + "</span><span>年</span><span>1</span>"
                + "<span>月</span><span>20</span><span>日</span>\u3000\u3000</p>";
        StringBuilder footer = new StringBuilder("<div class=\"related\"><h4>相关链接</h4><ul>");
        for (int i = 1; i <= 12; i++) {
            footer.append("<li><a href=\"/zwgk/").append(i).append("\">").append(report.year() - i % 3)
                    .append("年第").append(i).append("季度政务公开工作情况通报</a></li>");
        }
        footer.append("</ul></div><div class=\"share\"><span>分享到：</span><a>微信</a><a>微博</a></div>")
                .append("<div class=\"footer\"><p>主办单位：").append(report.agency()).append("办公室</p>")
                .append("<p>网站标识码：3201000001</p><p>ICP备案号：苏ICP备05000001号</p><p>政府网站找错</p>")
                .append("<p>适老化无障碍服务</p><p>联系我们</p><p>网站地图</p></div>");
        return Renderings.html(report, Function.identity())
                .replaceFirst("<p style=\"text-align:right\">[^<]*</p><p style=\"text-align:right\">[^<]*</p>",
                        signature)
                .replace("<div class=\"footer\">主办单位", footer + "<div class=\"copyright\">主办单位");
    }
}
