package cn.nianbao.backend.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.agency.NewAgency;
import cn.nianbao.backend.agency.ReportingPeriod;
import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.ApplicantColumn;
import cn.nianbao.backend.contract.ApplicantCounts;
import cn.nianbao.backend.contract.CellPath;
import cn.nianbao.backend.contract.Contact;
import cn.nianbao.backend.contract.NarrativeSection;
import cn.nianbao.backend.contract.OutcomeCounts;
import cn.nianbao.backend.contract.ProactiveCells;
import cn.nianbao.backend.contract.ProactiveField;
import cn.nianbao.backend.contract.ProactiveRow;
import cn.nianbao.backend.contract.ReportFormat;
import cn.nianbao.backend.contract.RequestRow;
import cn.nianbao.backend.contract.ReviewOutcome;
import cn.nianbao.backend.contract.ReviewRow;
import cn.nianbao.backend.contract.StatisticsPeriod;
import cn.nianbao.backend.contract.identity.IdentityCatalogue;
import cn.nianbao.backend.contract.identity.IdentityKind;

/**
 * Generates a fictional city (示例市) deterministically: its government, townships/streets and departments, and one
 * report per body per year with plausible, internally consistent numbers (every 勾稽 identity and the cross-year
 * carry-over and in-force chains hold), except for the problems planted on purpose ({@link PlantedProblem}).
 *
 * <p>The same seed always gives the same city, so the scale benchmarks can generate any number of cities with it.
 */
public final class DemoCity {

    /** What to generate. {@code prefix} starts every agency code; {@code name} is the city, e.g. 示例市. */
    public record Spec(String prefix, String name, int firstYear, int lastYear, long seed, boolean plantProblems) {

        public static final Spec DEFAULT = new Spec("demo", "示例市", 2019, 2024, 20260101L, true);
    }

    /** A generated report and when it was published. */
    public record GeneratedReport(String agencyCode, int year, AnnualReport report) {
    }

    static final String[] TOWNSHIPS = {
        "城关街道", "东城街道", "西城街道", "南湖街道", "北山街道", "青山镇", "白水镇", "石桥镇", "柳林镇", "桃源镇",
        "河口镇", "龙泉镇", "新华乡", "红旗乡", "长岭乡", "高新区街道"};
    private static final String[] DEPARTMENTS = {
        "发展和改革委员会", "教育局", "公安局", "民政局", "财政局", "人力资源和社会保障局", "自然资源和规划局",
        "住房和城乡建设局", "市场监督管理局", "生态环境局"};
    /** 长岭乡 was merged into 红旗乡 after 2021; 高新区街道 was founded in 2022. */
    private static final int MERGED_TOWNSHIP = 14;
    private static final int NEW_TOWNSHIP = 15;
    private static final int MERGER_YEAR = 2021;

    /** Outcome rows of 表三 and the share of processed requests each one usually gets. */
    private static final Map<RequestRow, Double> OUTCOME_WEIGHTS = outcomeWeights();

    private final Spec spec;

    public DemoCity(Spec spec) {
        this.spec = spec;
    }

    public Spec spec() {
        return spec;
    }

    public String rootCode() {
        return spec.prefix();
    }

    /** The bodies, parents before children. */
    public List<NewAgency> agencies() {
        List<NewAgency> agencies = new ArrayList<>();
        List<ReportingPeriod> always = List.of(new ReportingPeriod(spec.firstYear(), null));
        agencies.add(new NewAgency(rootCode(), spec.name() + "人民政府", AgencyKind.PEOPLES_GOVERNMENT, null, 0, true,
                always));
        for (int i = 0; i < TOWNSHIPS.length; i++) {
            List<ReportingPeriod> period = always;
            if (i == MERGED_TOWNSHIP) {
                period = List.of(new ReportingPeriod(spec.firstYear(), Math.max(spec.firstYear(), MERGER_YEAR)));
            } else if (i == NEW_TOWNSHIP) {
                period = List.of(new ReportingPeriod(Math.min(spec.lastYear(), MERGER_YEAR + 1), null));
            }
            agencies.add(new NewAgency(townshipCode(i), spec.name() + townshipBody(TOWNSHIPS[i]), AgencyKind.TOWNSHIP,
                    rootCode(), i + 1, true, period));
        }
        for (int i = 0; i < DEPARTMENTS.length; i++) {
            agencies.add(new NewAgency(departmentCode(i), spec.name() + DEPARTMENTS[i], AgencyKind.DEPARTMENT,
                    rootCode(), 100 + i + 1, true, always));
        }
        return agencies;
    }

    /** Every report, body by body, year by year, without those planted as missing. */
    public void reports(Consumer<GeneratedReport> sink) {
        for (NewAgency agency : agencies()) {
            generateBody(agency, sink);
        }
    }

    public List<GeneratedReport> reports() {
        List<GeneratedReport> all = new ArrayList<>();
        reports(all::add);
        return all;
    }

    /** The problems planted in this city, for the README and the tests. */
    public List<PlantedProblem> plantedProblems() {
        if (!spec.plantProblems()) {
            return List.of();
        }
        return PlantedProblem.forCity(rootCode(), spec.name());
    }

    String townshipCode(int index) {
        return String.format("%s.t%02d", rootCode(), index + 1);
    }

    String departmentCode(int index) {
        return String.format("%s.d%02d", rootCode(), index + 1);
    }

    private static String townshipBody(String township) {
        if (township.endsWith("街道")) {
            return township + "办事处";
        }
        return township + "人民政府";
    }

    /** The reports of one body under this city (its code decides where problems are planted). */
    void generateBody(NewAgency agency, Consumer<GeneratedReport> sink) {
        SplittableRandom random = new SplittableRandom(spec.seed() * 31 + agency.code().hashCode());
        BodyProfile profile = BodyProfile.of(agency.kind(), random);
        int[] carried = new int[6];
        for (int c = 0; c < 6; c++) {
            carried[c] = random.nextInt(3) == 0 ? random.nextInt(2) : 0;
        }
        int inForceNormative = 2 + random.nextInt(12);
        int inForceRegulations = agency.kind() == AgencyKind.PEOPLES_GOVERNMENT ? 3 + random.nextInt(8) : 0;
        for (int year = spec.firstYear(); year <= spec.lastYear(); year++) {
            final int y = year;
            boolean expected = agency.reportingPeriods().stream().anyMatch(p -> p.covers(y));
            if (!expected) {
                continue;
            }
            Plant plant = spec.plantProblems() ? Plant.of(rootCode(), agency.code(), year) : Plant.NONE;
            int[] carriedOver = carried.clone();
            if (plant == Plant.CARRY_OVER_BREAK) {
                carriedOver[0] += 3;
            }
            YearNumbers numbers = YearNumbers.generate(profile, year - spec.firstYear(), carriedOver, random);
            carried = numbers.carriedOverNextYear();
            ReportFormat format = year < 2021 ? ReportFormat.F2019 : ReportFormat.F2021;
            Map<ProactiveRow, ProactiveCells> proactive = null;
            if (format == ReportFormat.F2021) {
                int issuedNormative = random.nextInt(profile.normativePerYear() + 1);
                int repealedNormative = Math.min(inForceNormative, random.nextInt(3) == 0 ? 1 + random.nextInt(2) : 0);
                inForceNormative = inForce(ProactiveRow.NORMATIVE_DOCUMENTS, inForceNormative, issuedNormative,
                        repealedNormative);
                int issuedRegulations = agency.kind() == AgencyKind.PEOPLES_GOVERNMENT ? random.nextInt(3) : 0;
                int repealedRegulations = agency.kind() == AgencyKind.PEOPLES_GOVERNMENT
                        ? Math.min(inForceRegulations, random.nextInt(2)) : 0;
                inForceRegulations = inForce(ProactiveRow.REGULATIONS, inForceRegulations, issuedRegulations,
                        repealedRegulations);
                proactive = proactive(profile, random, issuedRegulations, repealedRegulations, inForceRegulations,
                        issuedNormative, repealedNormative, inForceNormative);
            }
            if (plant == Plant.MISSING) {
                continue;
            }
            Map<RequestRow, ApplicantCounts> requests = numbers.table(format);
            Map<ReviewRow, OutcomeCounts> reviews = reviews(profile, random);
            switch (plant) {
                case OUTCOMES_DO_NOT_ADD_UP -> requests = breakOutcomeSum(requests);
                case INTAKE_DOES_NOT_BALANCE -> requests = breakBalance(requests);
                case REVIEW_TOTAL_WRONG -> reviews = breakReviewTotal(reviews);
                case BLANK_CELLS -> requests = blankOrganisationColumns(requests);
                default -> {
                }
            }
            LocalDate published = publicationDate(agency.kind(), year, plant == Plant.LATE, random);
            AnnualReport report = new AnnualReport(format, agency.name(), year, signed(published, year, random),
                    proactive, requests, reviews,
                    details(agency, year, published, requests, proactive, reviews));
            sink.accept(new GeneratedReport(agency.code(), year, report));
        }
    }

    private static Map<ProactiveRow, ProactiveCells> proactive(BodyProfile profile, SplittableRandom random,
                                                              int issuedRegulations, int repealedRegulations,
                                                              int inForceRegulations, int issuedNormative,
                                                              int repealedNormative, int inForceNormative) {
        Map<ProactiveRow, ProactiveCells> rows = new EnumMap<>(ProactiveRow.class);
        rows.put(ProactiveRow.REGULATIONS,
                ProactiveCells.documents(issuedRegulations, repealedRegulations, inForceRegulations));
        rows.put(ProactiveRow.NORMATIVE_DOCUMENTS,
                ProactiveCells.documents(issuedNormative, repealedNormative, inForceNormative));
        rows.put(ProactiveRow.LICENSING, ProactiveCells.decisions(vary(profile.licensing(), random)));
        rows.put(ProactiveRow.PUNISHMENT, ProactiveCells.decisions(vary(profile.punishment(), random)));
        rows.put(ProactiveRow.ENFORCEMENT, ProactiveCells.decisions(vary(profile.enforcement(), random)));
        BigDecimal fees = profile.feesWanYuan() == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(profile.feesWanYuan() * (0.7 + random.nextDouble() * 0.6))
                        .setScale(2, RoundingMode.HALF_UP);
        rows.put(ProactiveRow.FEES, ProactiveCells.fees(fees));
        return rows;
    }

    private static Map<ReviewRow, OutcomeCounts> reviews(BodyProfile profile, SplittableRandom random) {
        Map<ReviewRow, OutcomeCounts> rows = new EnumMap<>(ReviewRow.class);
        rows.put(ReviewRow.ADMINISTRATIVE_REVIEW,
                outcomes(ReviewRow.ADMINISTRATIVE_REVIEW, random.nextInt(profile.reviews() + 1), random));
        rows.put(ReviewRow.LITIGATION_DIRECT,
                outcomes(ReviewRow.LITIGATION_DIRECT, random.nextInt(profile.reviews() / 2 + 1), random));
        rows.put(ReviewRow.LITIGATION_AFTER_REVIEW,
                outcomes(ReviewRow.LITIGATION_AFTER_REVIEW, random.nextInt(profile.reviews() / 3 + 1), random));
        return rows;
    }

    /**
     * {@code cases} cases of one 表四 group: some corrected, some pending, some otherwise decided, the rest upheld.
     * How many are still open at each step is 表四's own sum, solved for 结果维持.
     */
    private static OutcomeCounts outcomes(ReviewRow row, int cases, SplittableRandom random) {
        CellPath upheld = CellPath.review(row, ReviewOutcome.UPHELD);
        DerivedCells group = new DerivedCells()
                .put(CellPath.review(row, ReviewOutcome.TOTAL), cases)
                .put(CellPath.review(row, ReviewOutcome.CORRECTED), 0)
                .put(CellPath.review(row, ReviewOutcome.OTHER), 0)
                .put(CellPath.review(row, ReviewOutcome.PENDING), 0);
        int corrected = cases == 0 ? 0 : random.nextInt(cases / 4 + 1);
        int open = group.put(CellPath.review(row, ReviewOutcome.CORRECTED), corrected).derive(IdentityKind.T4_SUM, upheld);
        int pending = open == 0 ? 0 : random.nextInt(open / 3 + 1);
        open = group.put(CellPath.review(row, ReviewOutcome.PENDING), pending).derive(IdentityKind.T4_SUM, upheld);
        int other = open == 0 ? 0 : random.nextInt(2) * random.nextInt(open / 4 + 1);
        int upheldCases = group.put(CellPath.review(row, ReviewOutcome.OTHER), other)
                .derive(IdentityKind.T4_SUM, upheld);
        return new OutcomeCounts(upheldCases, corrected, other, pending, cases);
    }

    /** This year's 现行有效 of 表二: last year's, plus those issued, less those repealed (the in-force chain). */
    private static int inForce(ProactiveRow row, int lastYear, int issued, int repealed) {
        DerivedCells previous = new DerivedCells().put(CellPath.proactive(row, ProactiveField.IN_FORCE), lastYear);
        DerivedCells current = new DerivedCells()
                .put(CellPath.proactive(row, ProactiveField.ISSUED), issued)
                .put(CellPath.proactive(row, ProactiveField.REPEALED), repealed);
        return DerivedCells.solve(IdentityKind.IN_FORCE_CHAIN, CellPath.proactive(row, ProactiveField.IN_FORCE),
                current, previous, identity -> true);
    }

    /** Signed a few days before publication, and never before the year reported on has ended. */
    private static LocalDate signed(LocalDate published, int year, SplittableRandom random) {
        LocalDate signed = published.minusDays(2 + random.nextInt(5));
        LocalDate earliest = LocalDate.of(year + 1, 1, 4);
        return signed.isBefore(earliest) ? (published.isBefore(earliest) ? published : earliest) : signed;
    }

    private static int vary(int base, SplittableRandom random) {
        return base == 0 ? 0 : (int) Math.round(base * (0.6 + random.nextDouble() * 0.8));
    }

    private static LocalDate publicationDate(AgencyKind kind, int year, boolean late, SplittableRandom random) {
        LocalDate deadline = kind == AgencyKind.PEOPLES_GOVERNMENT
                ? LocalDate.of(year + 1, 3, 31) : LocalDate.of(year + 1, 1, 31);
        if (late) {
            return deadline.plusDays(20 + random.nextInt(30));
        }
        return deadline.minusDays(3 + random.nextInt(24));
    }

    /**
     * The choice of words of a body's year: its own, or — where a copy is planted — those of its own previous year
     * or of the body it copies (the figures stay its own).
     */
    private DemoNarrative.Words narrativeWords(String agencyCode, int year) {
        Plant plant = spec.plantProblems() ? Plant.of(rootCode(), agencyCode, year) : Plant.NONE;
        return switch (plant) {
            case TEXT_COPIED_FROM_LAST_YEAR -> new DemoNarrative.Words(spec.seed(), agencyCode, year - 1);
            case TEXT_COPIED_FROM_OTHER -> new DemoNarrative.Words(spec.seed(), rootCode() + "." + Plant.COPIED_BODY,
                    year);
            default -> new DemoNarrative.Words(spec.seed(), agencyCode, year);
        };
    }

    private AnnualReport.Details details(NewAgency agency, int year, LocalDate published,
                                         Map<RequestRow, ApplicantCounts> requests,
                                         Map<ProactiveRow, ProactiveCells> proactive,
                                         Map<ReviewRow, OutcomeCounts> reviews) {
        String place = agency.name();
        List<NarrativeSection> sections = DemoNarrative.sections(place, year, narrativeWords(agency.code(), year),
                requests, proactive, reviews);
        Contact contact = new Contact(place + "办公室", spec.name() + "人民路" + (1 + Math.abs(agency.code().hashCode()) % 200) + "号",
                "999001", "0999-" + (8100000 + Math.abs(agency.code().hashCode()) % 899999), null,
                agency.code().replace('.', '-') + "@example.gov.cn", null);
        return new AnnualReport.Details(new StatisticsPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)),
                contact, sections, published,
                "https://www.example.gov.cn/xxgk/" + agency.code() + "/ndbg/" + year + ".html");
    }

    // ---- the planted problems -------------------------------------------------------------------------------

    /** 予以公开 of 自然人 printed one higher: the outcome rows add up to one more than (七)总计; each row still adds up. */
    private static Map<RequestRow, ApplicantCounts> breakOutcomeSum(Map<RequestRow, ApplicantCounts> requests) {
        Map<RequestRow, ApplicantCounts> copy = new EnumMap<>(requests);
        ApplicantCounts granted = copy.get(RequestRow.GRANTED);
        copy.put(RequestRow.GRANTED, plusFirst(RequestRow.GRANTED, granted, 1));
        return copy;
    }

    /**
     * 本年新收 of 自然人 printed two higher: 一+二 no longer equals (七)+四 in that column and the total column. (A wrong
     * 结转 would also break the next year's carry-over, which is planted separately.)
     */
    private static Map<RequestRow, ApplicantCounts> breakBalance(Map<RequestRow, ApplicantCounts> requests) {
        Map<RequestRow, ApplicantCounts> copy = new EnumMap<>(requests);
        ApplicantCounts received = copy.get(RequestRow.NEW_RECEIVED);
        copy.put(RequestRow.NEW_RECEIVED, plusFirst(RequestRow.NEW_RECEIVED, received, 2));
        return copy;
    }

    /** 行政复议 总计 printed one higher than its outcomes add up to. */
    private static Map<ReviewRow, OutcomeCounts> breakReviewTotal(Map<ReviewRow, OutcomeCounts> reviews) {
        Map<ReviewRow, OutcomeCounts> copy = new EnumMap<>(reviews);
        OutcomeCounts review = copy.get(ReviewRow.ADMINISTRATIVE_REVIEW);
        copy.put(ReviewRow.ADMINISTRATIVE_REVIEW, new OutcomeCounts(review.upheld() + 1, review.corrected(),
                review.other(), review.pending(), review.total() + 2));
        return copy;
    }

    /** 科研机构 and 社会公益组织 left blank (not filled) in every row. */
    private static Map<RequestRow, ApplicantCounts> blankOrganisationColumns(Map<RequestRow, ApplicantCounts> requests) {
        Map<RequestRow, ApplicantCounts> copy = new EnumMap<>(RequestRow.class);
        requests.forEach((row, c) -> copy.put(row, new ApplicantCounts(c.naturalPerson(), c.commercial(), null, null,
                c.legalServices(), c.other(), c.total())));
        return copy;
    }

    /** The row with 自然人 printed {@code delta} higher, and its 总计 with it, so the row itself still adds up. */
    private static ApplicantCounts plusFirst(RequestRow row, ApplicantCounts counts, int delta) {
        DerivedCells cells = new DerivedCells();
        Map<ApplicantColumn, Integer> changed = new EnumMap<>(ApplicantColumn.class);
        for (ApplicantColumn column : IdentityCatalogue.APPLICANTS) {
            int value = counts.get(column) + (column == ApplicantColumn.NATURAL_PERSON ? delta : 0);
            cells.put(CellPath.request(row, column), value);
            changed.put(column, value);
        }
        changed.put(ApplicantColumn.TOTAL, cells.derive(IdentityKind.T3_COLUMN_SUM,
                CellPath.request(row, ApplicantColumn.TOTAL)));
        return ApplicantCounts.of(changed);
    }

    private static Map<RequestRow, Double> outcomeWeights() {
        Map<RequestRow, Double> weights = new EnumMap<>(RequestRow.class);
        weights.put(RequestRow.GRANTED, 0.36);
        weights.put(RequestRow.PARTIALLY_GRANTED, 0.10);
        weights.put(RequestRow.DENIED_STATE_SECRET, 0.003);
        weights.put(RequestRow.DENIED_PROHIBITED_BY_LAW, 0.005);
        weights.put(RequestRow.DENIED_SECURITY_STABILITY, 0.004);
        weights.put(RequestRow.DENIED_THIRD_PARTY_RIGHTS, 0.012);
        weights.put(RequestRow.DENIED_INTERNAL_AFFAIRS, 0.01);
        weights.put(RequestRow.DENIED_PROCESS_INFORMATION, 0.015);
        weights.put(RequestRow.DENIED_ENFORCEMENT_FILE, 0.008);
        weights.put(RequestRow.DENIED_ADMINISTRATIVE_QUERY, 0.01);
        weights.put(RequestRow.UNABLE_NOT_HELD, 0.25);
        weights.put(RequestRow.UNABLE_NEEDS_CREATION, 0.05);
        weights.put(RequestRow.UNABLE_UNCLEAR, 0.03);
        weights.put(RequestRow.NOT_PROCESSED_COMPLAINT, 0.04);
        weights.put(RequestRow.NOT_PROCESSED_DUPLICATE, 0.02);
        weights.put(RequestRow.NOT_PROCESSED_PUBLICATION, 0.005);
        weights.put(RequestRow.NOT_PROCESSED_EXCESSIVE, 0.005);
        weights.put(RequestRow.NOT_PROCESSED_CONFIRMATION, 0.005);
        weights.put(RequestRow.OTHER_NO_CORRECTION, 0.03);
        weights.put(RequestRow.OTHER_FEE_UNPAID, 0.002);
        weights.put(RequestRow.OTHER_OTHER, 0.021);
        return weights;
    }

    static Map<RequestRow, Double> weights() {
        return OUTCOME_WEIGHTS;
    }
}
