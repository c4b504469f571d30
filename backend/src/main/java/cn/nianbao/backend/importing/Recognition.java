package cn.nianbao.backend.importing;

import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.backend.agency.Agency;
import cn.nianbao.backend.agency.PrintedNames;
import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.platform.web.YearRange;

/**
 * Which body and year a document is the report of, as far as the document says: the body from the name its title
 * prints, else its contact block's organisation, else the folders and the file name it came under; the year from
 * the statistics period or the title (as the parser read them), else a year in the file name.
 */
final class Recognition {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d\\d)(?!\\d)");
    /** Words of a report's file name that are not the body's name. */
    private static final Pattern REPORT_WORDS = Pattern.compile(
            "(20\\d\\d)|年度|政府信息公开|信息公开|工作|年报|报告|[年_\\-—（）()\\[\\]【】\\s.]");

    private Recognition() {
    }

    /** The bodies a document names: those of the first of its names that names any body at all, and that name. */
    record Bodies(String printed, List<Agency> matches) {
    }

    static Bodies bodies(AnnualReport report, String fileName, PrintedNames names) {
        for (String printed : printedNames(report, fileName)) {
            List<Agency> matches = names.bodiesNamed(printed);
            if (!matches.isEmpty()) {
                return new Bodies(printed, matches);
            }
        }
        return new Bodies(report.agency(), List.of());
    }

    /** The year the report is of, or null when neither the document nor its file name says. */
    static Integer year(AnnualReport report, String fileName) {
        if (report.year() != null) {
            return report.year();
        }
        Set<Integer> years = new LinkedHashSet<>();
        Matcher matcher = YEAR.matcher(baseName(fileName));
        int current = Year.now(CHINA).getValue();
        while (matcher.find()) {
            int year = Integer.parseInt(matcher.group(1));
            if (year >= YearRange.FIRST_YEAR && year <= current) {
                years.add(year);
            }
        }
        return years.size() == 1 ? years.iterator().next() : null;
    }

    /** The title's name, the contact block's organisation, then the folders (nearest first) and the file's name. */
    private static List<String> printedNames(AnnualReport report, String fileName) {
        List<String> names = new ArrayList<>();
        if (report.agency() != null) {
            names.add(report.agency());
        }
        if (report.details().contact() != null && report.details().contact().organization() != null) {
            names.add(report.details().contact().organization());
        }
        String[] segments = fileName.split("/");
        String stem = REPORT_WORDS.matcher(stripExtension(segments[segments.length - 1])).replaceAll("");
        if (!stem.isEmpty()) {
            names.add(stem);
        }
        for (int i = segments.length - 2; i >= 0; i--) {
            String folder = REPORT_WORDS.matcher(stripExtension(segments[i])).replaceAll("");
            if (!folder.isEmpty()) {
                names.add(folder);
            }
        }
        return names;
    }

    static String baseName(String fileName) {
        return fileName.substring(fileName.lastIndexOf('/') + 1);
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }
}
