package cn.nianbao.backend.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes {@link AnnualReport} as the contract JSON. Keys follow {@code contract/codes.md}; a blank cell is
 * JSON {@code null}, a missing table or row is an absent key. Fields beyond the contract ({@code statistics_period},
 * {@code contact}, {@code sections}, {@code published_on}, {@code url}) are written only when known.
 */
public final class ContractJson {

    /** Reads decimals as BigDecimal, so that 7730.28 万元 is exactly what was printed. */
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ContractJson() {
    }

    public static ObjectNode write(AnnualReport report) {
        ObjectNode root = NODES.objectNode();
        root.put("format", report.format().code());
        root.put("agency", report.agency());
        putInt(root, "year", report.year());
        root.put("signed_on", report.signedOn() == null ? null : report.signedOn().toString());
        if (report.proactive() != null) {
            ObjectNode proactive = root.putObject("proactive");
            report.proactive().forEach((row, cells) -> proactive.set(row.code(), writeProactive(row, cells)));
        }
        if (report.requests() != null) {
            ObjectNode requests = root.putObject("requests");
            report.requests().forEach((row, counts) -> {
                ObjectNode cells = requests.putObject(row.code());
                for (ApplicantColumn column : ApplicantColumn.values()) {
                    putInt(cells, column.code(), counts.get(column));
                }
            });
        }
        if (report.reviews() != null) {
            ObjectNode reviews = root.putObject("reviews");
            report.reviews().forEach((row, counts) -> {
                ObjectNode cells = reviews.putObject(row.code());
                for (ReviewOutcome outcome : ReviewOutcome.values()) {
                    putInt(cells, outcome.code(), counts.get(outcome));
                }
            });
        }
        writeDetails(root, report.details());
        return root;
    }

    public static ArrayNode writeFindings(List<Finding> findings) {
        ArrayNode array = NODES.arrayNode();
        for (Finding finding : findings) {
            ObjectNode node = array.addObject();
            node.put("code", finding.code());
            node.put("severity", finding.severity().code());
            node.put("message", finding.message());
            ArrayNode cells = node.putArray("cells");
            finding.cells().forEach(cells::add);
            if (finding.source() != null) {
                node.set("source", writeSource(finding.source()));
            }
        }
        return array;
    }

    /** Where a finding's cells or passages were read: only the parts that are known. */
    public static ArrayNode writeSource(List<SourceLocation> source) {
        ArrayNode array = NODES.arrayNode();
        for (SourceLocation location : source) {
            ObjectNode node = array.addObject();
            if (location.cell() != null) {
                node.put("cell", location.cell());
            }
            putIfKnown(node, "page", location.page());
            putIfKnown(node, "line", location.line());
            putIfKnown(node, "section", location.section());
            putIfKnown(node, "offset", location.offset());
            putIfKnown(node, "length", location.length());
            if (location.excerpt() != null) {
                node.put("excerpt", location.excerpt());
            }
        }
        return array;
    }

    /** The places {@link #writeSource} wrote; null for a missing or null node. */
    public static List<SourceLocation> readSource(JsonNode source) {
        if (source == null || !source.isArray()) {
            return null;
        }
        List<SourceLocation> places = new ArrayList<>();
        for (JsonNode place : source) {
            places.add(new SourceLocation(optionalText(place, "cell"), optionalInt(place, "page"),
                    optionalInt(place, "line"), optionalInt(place, "section"), optionalInt(place, "offset"),
                    optionalInt(place, "length"), optionalText(place, "excerpt")));
        }
        return places;
    }

    private static String optionalText(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static Integer optionalInt(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? null : value.asInt();
    }

    public static AnnualReport read(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new ContractViolation("$", "年报应为 JSON 对象");
        }
        ReportFormat format = ReportFormat.fromCode(text(root, "format", "format"))
                .orElseThrow(() -> new ContractViolation("format", "格式代码无效，应为 2021、2019、pre2019 或 unknown"));
        String agency = text(root, "agency", "agency");
        Integer year = integer(root.get("year"), "year");
        LocalDate signedOn = date(root.get("signed_on"), "signed_on");
        Map<ProactiveRow, ProactiveCells> proactive = readProactive(root.get("proactive"));
        Map<RequestRow, ApplicantCounts> requests = readRows(root.get("requests"), "requests", RequestRow::fromCode,
                RequestRow.class, (node, path) -> ApplicantCounts.of(readCells(node, path, ApplicantColumn.values(),
                        ApplicantColumn::code, ApplicantColumn.class)));
        Map<ReviewRow, OutcomeCounts> reviews = readRows(root.get("reviews"), "reviews", ReviewRow::fromCode,
                ReviewRow.class, (node, path) -> OutcomeCounts.of(readCells(node, path, ReviewOutcome.values(),
                        ReviewOutcome::code, ReviewOutcome.class)));
        return new AnnualReport(format, agency, year, signedOn, proactive, requests, reviews, readDetails(root));
    }

    private static ObjectNode writeProactive(ProactiveRow row, ProactiveCells cells) {
        ObjectNode node = NODES.objectNode();
        switch (row.kind()) {
            case DOCUMENTS -> {
                putInt(node, "issued", cells.issued());
                putInt(node, "repealed", cells.repealed());
                putInt(node, "in_force", cells.inForce());
            }
            case DECISIONS -> putInt(node, "decisions", cells.decisions());
            case FEES -> node.put("amount_wan_yuan", cells.amountWanYuan());
        }
        return node;
    }

    private static void writeDetails(ObjectNode root, AnnualReport.Details details) {
        StatisticsPeriod period = details.statisticsPeriod();
        if (period != null) {
            ObjectNode node = root.putObject("statistics_period");
            node.put("from", period.from() == null ? null : period.from().toString());
            node.put("to", period.to() == null ? null : period.to().toString());
        }
        Contact contact = details.contact();
        if (contact != null && !contact.isEmpty()) {
            ObjectNode node = root.putObject("contact");
            node.put("organization", contact.organization());
            node.put("address", contact.address());
            node.put("postal_code", contact.postalCode());
            node.put("phone", contact.phone());
            node.put("fax", contact.fax());
            node.put("email", contact.email());
            node.put("website", contact.website());
        }
        if (!details.sections().isEmpty()) {
            ArrayNode sections = root.putArray("sections");
            for (NarrativeSection section : details.sections()) {
                ObjectNode node = sections.addObject();
                node.put("number", section.number());
                node.put("heading", section.heading());
                node.put("text", section.text());
            }
        }
        if (details.publishedOn() != null) {
            root.put("published_on", details.publishedOn().toString());
        }
        if (details.url() != null) {
            root.put("url", details.url());
        }
    }

    private static Map<ProactiveRow, ProactiveCells> readProactive(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        requireObject(node, "proactive");
        Map<ProactiveRow, ProactiveCells> rows = new EnumMap<>(ProactiveRow.class);
        for (String key : node.propertyNames()) {
            String path = "proactive." + key;
            ProactiveRow row = ProactiveRow.fromCode(key)
                    .orElseThrow(() -> new ContractViolation(path, "表二没有这一行代码"));
            JsonNode cells = node.get(key);
            requireObject(cells, path);
            rows.put(row, switch (row.kind()) {
                case DOCUMENTS -> {
                    onlyKeys(cells, path, "issued", "repealed", "in_force");
                    yield ProactiveCells.documents(count(cells, path, "issued"), count(cells, path, "repealed"),
                            count(cells, path, "in_force"));
                }
                case DECISIONS -> {
                    onlyKeys(cells, path, "decisions");
                    yield ProactiveCells.decisions(count(cells, path, "decisions"));
                }
                case FEES -> {
                    onlyKeys(cells, path, "amount_wan_yuan");
                    yield ProactiveCells.fees(amount(cells.get("amount_wan_yuan"), path + ".amount_wan_yuan"));
                }
            });
        }
        return rows;
    }

    private interface RowReader<V> {
        V read(JsonNode node, String path);
    }

    private static <K extends Enum<K>, V> Map<K, V> readRows(JsonNode node, String path,
                                                            Function<String, java.util.Optional<K>> codes,
                                                            Class<K> type, RowReader<V> reader) {
        if (node == null || node.isNull()) {
            return null;
        }
        requireObject(node, path);
        Map<K, V> rows = new EnumMap<>(type);
        for (String key : node.propertyNames()) {
            String rowPath = path + "." + key;
            K row = codes.apply(key).orElseThrow(() -> new ContractViolation(rowPath, "没有这一行代码"));
            JsonNode cells = node.get(key);
            requireObject(cells, rowPath);
            rows.put(row, reader.read(cells, rowPath));
        }
        return rows;
    }

    private static <C extends Enum<C>> Map<C, Integer> readCells(JsonNode node, String path, C[] columns,
                                                                Function<C, String> code, Class<C> type) {
        Map<C, Integer> cells = new EnumMap<>(type);
        List<String> known = new ArrayList<>();
        for (C column : columns) {
            known.add(code.apply(column));
            cells.put(column, count(node, path, code.apply(column)));
        }
        onlyKeys(node, path, known.toArray(String[]::new));
        return cells;
    }

    private static AnnualReport.Details readDetails(JsonNode root) {
        StatisticsPeriod period = null;
        JsonNode periodNode = root.get("statistics_period");
        if (periodNode != null && !periodNode.isNull()) {
            requireObject(periodNode, "statistics_period");
            period = new StatisticsPeriod(date(periodNode.get("from"), "statistics_period.from"),
                    date(periodNode.get("to"), "statistics_period.to"));
        }
        Contact contact = null;
        JsonNode contactNode = root.get("contact");
        if (contactNode != null && !contactNode.isNull()) {
            requireObject(contactNode, "contact");
            contact = new Contact(text(contactNode, "organization", "contact.organization"),
                    text(contactNode, "address", "contact.address"),
                    text(contactNode, "postal_code", "contact.postal_code"),
                    text(contactNode, "phone", "contact.phone"), text(contactNode, "fax", "contact.fax"),
                    text(contactNode, "email", "contact.email"), text(contactNode, "website", "contact.website"));
        }
        List<NarrativeSection> sections = new ArrayList<>();
        JsonNode sectionsNode = root.get("sections");
        if (sectionsNode != null && !sectionsNode.isNull()) {
            if (!sectionsNode.isArray()) {
                throw new ContractViolation("sections", "应为数组");
            }
            for (int i = 0; i < sectionsNode.size(); i++) {
                String path = "sections[" + i + "]";
                JsonNode section = sectionsNode.get(i);
                requireObject(section, path);
                Integer number = integer(section.get("number"), path + ".number");
                if (number == null || number < 1 || number > 6) {
                    throw new ContractViolation(path + ".number", "部分编号应为 1 至 6");
                }
                sections.add(new NarrativeSection(number, text(section, "heading", path + ".heading"),
                        text(section, "text", path + ".text")));
            }
        }
        return new AnnualReport.Details(period, contact, sections, date(root.get("published_on"), "published_on"),
                text(root, "url", "url"));
    }

    private static void putIfKnown(ObjectNode node, String key, Integer value) {
        if (value != null) {
            node.put(key, value.intValue());
        }
    }

    private static void putInt(ObjectNode node, String key, Integer value) {
        if (value == null) {
            node.putNull(key);
        } else {
            node.put(key, value.intValue());
        }
    }

    private static void requireObject(JsonNode node, String path) {
        if (!node.isObject()) {
            throw new ContractViolation(path, "应为 JSON 对象");
        }
    }

    private static void onlyKeys(JsonNode node, String path, String... allowed) {
        List<String> known = List.of(allowed);
        for (String key : node.propertyNames()) {
            if (!known.contains(key)) {
                throw new ContractViolation(path + "." + key, "没有这一列代码");
            }
        }
    }

    private static Integer count(JsonNode node, String path, String key) {
        Integer value = integer(node.get(key), path + "." + key);
        if (value != null && value < 0) {
            throw new ContractViolation(path + "." + key, "数量不能为负数");
        }
        return value;
    }

    private static Integer integer(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new ContractViolation(path, "应为整数或 null");
        }
        return node.intValue();
    }

    private static BigDecimal amount(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            throw new ContractViolation(path, "应为数字或 null");
        }
        BigDecimal value = node.decimalValue();
        if (value.signum() < 0) {
            throw new ContractViolation(path, "金额不能为负数");
        }
        return value;
    }

    private static String text(JsonNode node, String key, String path) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new ContractViolation(path, "应为字符串或 null");
        }
        return value.stringValue();
    }

    private static LocalDate date(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw new ContractViolation(path, "应为 ISO 日期字符串（如 2024-01-31）或 null");
        }
        try {
            return LocalDate.parse(node.stringValue());
        } catch (DateTimeParseException e) {
            throw new ContractViolation(path, "日期无效：" + node.stringValue());
        }
    }
}
