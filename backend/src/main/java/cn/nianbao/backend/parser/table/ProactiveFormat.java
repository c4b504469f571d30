package cn.nianbao.backend.parser.table;

import java.util.List;

import cn.nianbao.backend.contract.ReportFormat;
import cn.nianbao.backend.parser.text.Line;
import cn.nianbao.backend.parser.text.TextNormalizer;

/**
 * Which national format 表二 follows: 2021 (本年制发件数/本年废止件数/现行有效件数, 本年处理决定数量, 本年收费金额) or the
 * 2019 trial format (本年新制作/本年新公开/对外公开总数量, 第二十条第（九）项 政府集中采购). Null when neither shows.
 */
public final class ProactiveFormat {

    private static final List<String> MARKS_2019 = List.of("本年新制作", "本年新公开", "对外公开总数量",
            "第二十条第(九)项", "政府集中采购", "上一年项目数量", "采购总金额");
    private static final List<String> MARKS_2021 = List.of("本年制发件数", "本年废止件数", "现行有效件数",
            "本年处理决定数量", "本年收费金额");

    private ProactiveFormat() {
    }

    public static ReportFormat of(List<Line> region) {
        if (region == null) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        region.forEach(line -> text.append(line.text()));
        String compact = TextNormalizer.compact(text.toString());
        long marks2019 = MARKS_2019.stream().filter(compact::contains).count();
        long marks2021 = MARKS_2021.stream().filter(compact::contains).count();
        if (marks2019 > 0 && marks2019 >= marks2021) {
            return ReportFormat.F2019;
        }
        return marks2021 > 0 ? ReportFormat.F2021 : null;
    }
}
