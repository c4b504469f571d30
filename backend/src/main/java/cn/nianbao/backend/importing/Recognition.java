package cn.nianbao.backend.importing;

import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.backend.agency.Agency;
import cn.nianbao.backend.agency.PrintedNames;
import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.parser.ParseOutcome;
import cn.nianbao.backend.platform.web.YearRange;

/**
 * Which body and year a document is the report of, as far as the document says. The body from the names the document
 * prints for it — its title's, its signature's (落款), its page's publishing body (发布机构) — each matched against the
 * tree with the same normalisation; those that name a body must agree (a name that names several bodies is narrowed
 * by the others), else the document waits with all of them. When none names a body: its contact block's organisation,
 * else the folders and the file name it came under. The year from the statistics period or the title (as the parser
 * read them), else a year in the file name.
 */
final class Recognition {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d\\d)(?!\\d)");
    /** Words of a report's file name that are not the body's name. */
    private static final Pattern REPORT_WORDS = Pattern.compile(
            "(20\\d\\d)|年度|政府信息公开|信息公开|工作|年报|报告|[年_\\-—（）()\\[\\]【】\\s.]");

    private Recognition() {
    }

    /**
     * The bodies a document names and the name that named them; {@code disagreeing}: the document's names that
     * name different bodies (then {@code matches} holds the bodies of all of them), empty when they agree.
     */
    record Bodies(String printed, List<Agency> matches, List<String> disagreeing) {

        Bodies {
            matches = List.copyOf(matches);
            disagreeing = List.copyOf(disagreeing);
        }
    }

    static Bodies bodies(AnnualReport report, ParseOutcome.BodyNames printedBodies, String fileName,
                         PrintedNames names) {
        Map<Long, Agency> all = new LinkedHashMap<>();
        List<Agency> agreed = null;
        List<String> naming = new ArrayList<>();
        for (String printed : documentNames(report, printedBodies)) {
            List<Agency> matches = names.bodiesNamed(printed);
            if (matches.isEmpty()) {
                continue; // a crawler's 发布机构 is often no body of the tree at all
            }
            naming.add(printed);
            matches.forEach(body -> all.putIfAbsent(body.id(), body));
            List<Agency> before = agreed;
            agreed = before == null ? matches : before.stream()
                    .filter(body -> matches.stream().anyMatch(match -> match.id() == body.id())).toList();
        }
        if (agreed != null) {
            return agreed.isEmpty() ? new Bodies(naming.getFirst(), List.copyOf(all.values()), naming)
                    : new Bodies(naming.getFirst(), agreed, List.of());
        }
        for (String printed : otherNames(report, fileName)) {
            List<Agency> matches = names.bodiesNamed(printed);
            if (!matches.isEmpty()) {
                return new Bodies(printed, matches, List.of());
            }
        }
        return new Bodies(report.agency(), List.of(), List.of());
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

    /** The title's name, the signature's, the publishing body's: once each. */
    private static Set<String> documentNames(AnnualReport report, ParseOutcome.BodyNames printed) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : new String[] {report.agency(), printed.signature(), printed.publisher()}) {
            if (name != null && !name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names;
    }

    /** The contact block's organisation, then the file's name and the folders (nearest first). */
    private static List<String> otherNames(AnnualReport report, String fileName) {
        List<String> names = new ArrayList<>();
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
