package cn.nianbao.backend.parser;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.ApplicantColumn;
import cn.nianbao.backend.contract.ApplicantCounts;
import cn.nianbao.backend.contract.CellPath;
import cn.nianbao.backend.contract.Contact;
import cn.nianbao.backend.contract.Finding;
import cn.nianbao.backend.contract.OutcomeCounts;
import cn.nianbao.backend.contract.ProactiveCells;
import cn.nianbao.backend.contract.ProactiveField;
import cn.nianbao.backend.contract.ProactiveRow;
import cn.nianbao.backend.contract.ReportFormat;
import cn.nianbao.backend.contract.RequestRow;
import cn.nianbao.backend.contract.ReviewOutcome;
import cn.nianbao.backend.contract.ReviewRow;
import cn.nianbao.backend.contract.SourceLocation;
import cn.nianbao.backend.contract.SourceRows;
import cn.nianbao.backend.contract.Severity;
import cn.nianbao.backend.contract.StatisticsPeriod;
import cn.nianbao.backend.parser.finding.FindingCode;
import cn.nianbao.backend.parser.finding.Findings;
import cn.nianbao.backend.parser.input.MediaKind;
import cn.nianbao.backend.parser.input.SourceText;
import cn.nianbao.backend.parser.metadata.ContactReader;
import cn.nianbao.backend.parser.metadata.OcrSpelling;
import cn.nianbao.backend.parser.metadata.PeriodReader;
import cn.nianbao.backend.parser.metadata.PublicationReader;
import cn.nianbao.backend.parser.metadata.SectionReader;
import cn.nianbao.backend.parser.metadata.SignatureReader;
import cn.nianbao.backend.parser.metadata.TitleReader;
import cn.nianbao.backend.parser.table.ProactiveFormat;
import cn.nianbao.backend.parser.table.ProactiveTableReader;
import cn.nianbao.backend.parser.table.RequestsTableReader;
import cn.nianbao.backend.parser.table.RowPlaces;
import cn.nianbao.backend.parser.table.ReviewsTableReader;
import cn.nianbao.backend.parser.table.TableRegions;
import cn.nianbao.backend.parser.text.Line;

/** Puts a report together from the lines of a document: title, period, signature, tables, format, sections. */
final class ReportAssembler {

    /** Reports on years before this have no standard tables (the 2019 trial format came with the 2019 reports). */
    private static final int FIRST_TABLE_YEAR = 2019;

    private static final Pattern SENTENCE = Pattern.compile("[，。；：,;:]");

    /** The parser's findings on table cells that say where the cells were read. */
    private static final Set<String> LOCATED = Set.of(FindingCode.AMBIGUOUS_CELL.name(),
            FindingCode.TABLE_REPEATED.name());

    /** @param places where the rows of the tables were read */
    record Assembled(AnnualReport report, List<Finding> findings, SourceRows places, ParseOutcome.BodyNames names) {
    }

    private ReportAssembler() {
    }

    static Assembled assemble(SourceText source) {
        List<Line> lines = source.lines();
        String text = squeezedText(lines);
        TitleReader.Title title = TitleReader.read(lines);
        Optional<StatisticsPeriod> period = PeriodReader.read(text);
        Integer year = period.map(ReportAssembler::yearOf).orElse(title.year());
        Optional<SignatureReader.Signature> signature = SignatureReader.read(lines);
        TableRegions regions = TableRegions.locate(lines);
        if (title.agency() == null && title.year() == null && period.isEmpty() && regions.requests() == null
                && !mentionsReport(text)) {
            throw new UnreadableDocumentException("不是政府信息公开工作年度报告（找不到年报标题、统计期限和统计表）");
        }

        Findings findings = new Findings();
        RowPlaces places = new RowPlaces();
        Tables tables = year != null && year < FIRST_TABLE_YEAR ? Tables.PRE2019
                : tables(regions, findings, source.readByOcr(), places);
        int bodyEnd = signature.map(s -> signatureStart(lines, s.line())).orElse(lines.size());
        Contact contact = ContactReader.read(text);
        LocalDate published = source.page().publishedOn() != null ? source.page().publishedOn()
                : source.kind() == MediaKind.HTML ? PublicationReader.read(lines).orElse(null) : null;
        AnnualReport.Details details = new AnnualReport.Details(period.orElse(null), contact.isEmpty() ? null : contact,
                SectionReader.read(lines, bodyEnd), published, source.page().url());
        LocalDate signedOn = signature.map(SignatureReader.Signature::date).orElse(null);
        // a scan's title is read by OCR: its name is checked against the body's spelling of it
        String agency = source.readByOcr() ? OcrSpelling.confirmed(title.agency(), text) : title.agency();
        AnnualReport report = new AnnualReport(tables.format(), agency, year, signedOn, tables.proactive(),
                tables.requests(), tables.reviews(), details);
        if (source.readByOcr()) {
            ocrRead(report, findings);
        }
        SourceRows rows = places.rows(report);
        String publisher = source.page().publisher() != null ? source.page().publisher()
                : source.kind() == MediaKind.HTML ? PublicationReader.publisher(lines).orElse(null) : null;
        return new Assembled(report, findings.list().stream().map(finding -> located(finding, rows)).toList(), rows,
                new ParseOutcome.BodyNames(signature.map(SignatureReader.Signature::name).orElse(null), publisher));
    }

    /**
     * An ambiguous or repeated table's cells with the places of their rows (of the copy kept), so that the finding
     * says where to look; the parser's other notes stay as they are (OCR_READ would list every cell).
     */
    private static Finding located(Finding finding, SourceRows rows) {
        if (!LOCATED.contains(finding.code()) || finding.source() != null) {
            return finding;
        }
        List<SourceLocation> known = finding.cells().stream().map(rows::of).flatMap(Optional::stream).toList();
        return known.isEmpty() ? finding
                : new Finding(finding.code(), finding.severity(), finding.message(), finding.cells(), known);
    }

    /** The three standard tables as read, and the format they follow; a null table is absent. */
    private record Tables(ReportFormat format, Map<ProactiveRow, ProactiveCells> proactive,
                          Map<RequestRow, ApplicantCounts> requests, Map<ReviewRow, OutcomeCounts> reviews) {

        /** Before 2019 reports were free-form: no table values are read, none are missing. */
        static final Tables PRE2019 = new Tables(ReportFormat.PRE2019, null, null, null);
    }

    private static Tables tables(TableRegions regions, Findings findings, boolean readByOcr, RowPlaces places) {
        ReportFormat tableFormat = ProactiveFormat.of(regions.proactive());
        Map<ProactiveRow, ProactiveCells> proactive = null;
        if (regions.proactive() == null) {
            missing(findings, "表二（主动公开政府信息情况）", "proactive");
        } else if (tableFormat != ReportFormat.F2019) {
            proactive = ProactiveTableReader.read(regions.proactive(), findings, places);
        }
        Map<RequestRow, ApplicantCounts> requests = null;
        if (regions.requests() == null) {
            missing(findings, "表三（收到和处理政府信息公开申请情况）", "requests");
        } else {
            requests = RequestsTableReader.read(regions.requests(), findings, readByOcr, places);
        }
        Map<ReviewRow, OutcomeCounts> reviews = null;
        if (regions.reviews() == null) {
            missing(findings, "表四（行政复议、行政诉讼情况）", "reviews");
        } else {
            reviews = ReviewsTableReader.read(regions.reviews(), findings, readByOcr, places);
        }
        // Table 2's columns tell the format; without it, only a split （六） shows the 2021 layout.
        ReportFormat format = tableFormat != null ? tableFormat
                : requests != null && requests.containsKey(RequestRow.OTHER_NO_CORRECTION) ? ReportFormat.F2021
                : ReportFormat.UNKNOWN;
        return new Tables(format, proactive, requests, reviews);
    }

    /** Every value of a scan was read by OCR: the finding lists them, so that a person can check them on the page. */
    private static void ocrRead(AnnualReport report, Findings findings) {
        List<String> read = new java.util.ArrayList<>();
        for (String field : List.of("agency", "year", "signed_on")) {
            boolean present = switch (field) {
                case "agency" -> report.agency() != null;
                case "year" -> report.year() != null;
                default -> report.signedOn() != null;
            };
            if (present) {
                read.add(field);
            }
        }
        for (CellPath cell : cells(report)) {
            if (cell.valueIn(report) != null) {
                read.add(cell.path());
            }
        }
        findings.add(FindingCode.OCR_READ, Severity.INFO, "本文件是扫描件，文字和数值由文字识别（OCR）读出：表三、表四的数值只在勾稽关系"
                + "印证时保留，每个数值都经两次以上识别一致；请对照原件核对 " + read.size() + " 项识别结果", read);
    }

    private static List<CellPath> cells(AnnualReport report) {
        List<CellPath> cells = new java.util.ArrayList<>();
        if (report.proactive() != null) {
            report.proactive().keySet().forEach(row -> java.util.Arrays.stream(ProactiveField.values())
                    .filter(field -> field.belongsTo(row)).forEach(field -> cells.add(CellPath.proactive(row, field))));
        }
        if (report.requests() != null) {
            report.requests().keySet().forEach(row -> java.util.Arrays.stream(ApplicantColumn.values())
                    .forEach(column -> cells.add(CellPath.request(row, column))));
        }
        if (report.reviews() != null) {
            report.reviews().keySet().forEach(row -> java.util.Arrays.stream(ReviewOutcome.values())
                    .forEach(outcome -> cells.add(CellPath.review(row, outcome))));
        }
        return cells;
    }

    private static Integer yearOf(StatisticsPeriod period) {
        return period.to() != null ? Integer.valueOf(period.to().getYear())
                : period.from() != null ? Integer.valueOf(period.from().getYear()) : null;
    }

    private static void missing(Findings findings, String table, String path) {
        findings.add(FindingCode.TABLE_MISSING, Severity.ERROR, "报告中找不到" + table, List.of(path));
    }

    private static boolean mentionsReport(String text) {
        return text.contains("政府信息公开") && (text.contains("年度报告") || text.contains("年报"));
    }

    /** The signature is the date line and, when it looks like a name, the line above it. */
    private static int signatureStart(List<Line> lines, int dateLine) {
        for (int i = dateLine - 1; i >= 0 && i >= dateLine - 3; i--) {
            String squeezed = lines.get(i).squeezed();
            if (squeezed.isEmpty()) {
                continue;
            }
            return squeezed.length() <= 30 && !SENTENCE.matcher(squeezed).find() ? i : dateLine;
        }
        return dateLine;
    }

    private static String squeezedText(List<Line> lines) {
        StringBuilder text = new StringBuilder();
        for (Line line : lines) {
            text.append(line.squeezed());
        }
        return text.toString();
    }
}
