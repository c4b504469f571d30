package cn.nianbao.backend.chart.rendering;

import java.awt.Color;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.nianbao.backend.analytics.PointState;
import cn.nianbao.backend.chart.Category;
import cn.nianbao.backend.contract.ApplicantColumn;
import cn.nianbao.backend.contract.RequestRow;
import cn.nianbao.backend.contract.ReviewOutcome;

/**
 * Every colour of every chart, in one place: one colour per outcome category, per review result and per applicant
 * type, the same on every chart that shows it (a ranking of 不予公开 is drawn in 不予公开's red); the states of a
 * point without a number; the bodies' series colours.
 */
public final class ChartPalette {

    public static final Color TEXT = new Color(0x333333);
    public static final Color MUTED_TEXT = new Color(0x666666);
    public static final Color GRID = new Color(0xDDDDDD);
    public static final Color BACKGROUND = Color.WHITE;
    /** A region's total, or a metric without a category colour. */
    public static final Color PRIMARY = new Color(0x1F4E79);
    /** Last year's bar beside this year's. */
    public static final Color PREVIOUS_YEAR = new Color(0xB7C9DD);
    /** A rate whose sample is below the minimum. */
    public static final Color UNRELIABLE = new Color(0xBDBDBD);
    /** The heat map's scale, from the smallest to the largest number. */
    public static final Color HEAT_LOW = new Color(0xE8F1FA);
    public static final Color HEAT_HIGH = new Color(0x0B3C75);

    /** Bodies' lines: ten strong hues, then ten lighter ones; none grey, so no line looks like a grid line. */
    public static final List<Color> SERIES = List.of(
            new Color(0x1F77B4), new Color(0xD62728), new Color(0x2CA02C), new Color(0xFF7F0E), new Color(0x9467BD),
            new Color(0x8C564B), new Color(0xE377C2), new Color(0x17BECF), new Color(0xBCBD22), new Color(0x393B79),
            new Color(0xAEC7E8), new Color(0xFF9896), new Color(0x98DF8A), new Color(0xFFBB78), new Color(0xC5B0D5),
            new Color(0xC49C94), new Color(0xF7B6D2), new Color(0x9EDAE5), new Color(0xDBDB8D), new Color(0x6B6ECF));

    private static final Map<RequestRow.Group, Color> OUTCOMES = new EnumMap<>(Map.of(
            RequestRow.Group.GRANTED, new Color(0x2E8B57),
            RequestRow.Group.PARTIALLY_GRANTED, new Color(0x9BCB5F),
            RequestRow.Group.DENIED, new Color(0xD64541),
            RequestRow.Group.UNABLE, new Color(0xF0A030),
            RequestRow.Group.NOT_PROCESSED, new Color(0x8E6BBF),
            RequestRow.Group.OTHER, new Color(0x8A96A3)));

    private static final Map<ReviewOutcome, Color> RESULTS = new EnumMap<>(Map.of(
            ReviewOutcome.UPHELD, new Color(0x3B75AF),
            ReviewOutcome.CORRECTED, new Color(0xE4572E),
            ReviewOutcome.OTHER, new Color(0xA9B1BA),
            ReviewOutcome.PENDING, new Color(0xE9C46A)));

    private static final Map<ApplicantColumn, Color> APPLICANTS = new EnumMap<>(Map.of(
            ApplicantColumn.NATURAL_PERSON, new Color(0x4C78A8),
            ApplicantColumn.COMMERCIAL, new Color(0xF58518),
            ApplicantColumn.RESEARCH, new Color(0x54A24B),
            ApplicantColumn.PUBLIC_INTEREST, new Color(0xB279A2),
            ApplicantColumn.LEGAL_SERVICES, new Color(0x9D755D),
            ApplicantColumn.OTHER, new Color(0x72B7B2)));

    private static final Map<PointState, Color> STATES = new EnumMap<>(Map.of(
            PointState.MISSING, new Color(0xF6B8B3),
            PointState.BLANK, new Color(0xDADADA),
            PointState.TABLE_MISSING, new Color(0xCBBFA6),
            PointState.NOT_EXPECTED, new Color(0xF4F4F4)));

    private static final Map<PointState, Color> STATE_TEXT = new EnumMap<>(Map.of(
            PointState.MISSING, new Color(0xA3271F),
            PointState.BLANK, new Color(0x555555),
            PointState.TABLE_MISSING, new Color(0x5E5234),
            PointState.NOT_EXPECTED, new Color(0x999999)));

    private ChartPalette() {
    }

    public static Color series(int index) {
        return SERIES.get(index % SERIES.size());
    }

    public static Color of(Category category) {
        return switch (category) {
            case Category.Outcome outcome -> OUTCOMES.get(outcome.group());
            case Category.Result result -> RESULTS.get(result.outcome());
            case Category.Applicant applicant -> APPLICANTS.get(applicant.column());
        };
    }

    /** The colour of what a metric counts, if it has one (予以公开, 结果纠正, 自然人 …). */
    public static Optional<Color> ofMetric(String metricId) {
        return Category.of(metricId).map(ChartPalette::of);
    }

    /** A metric's colour, or {@link #PRIMARY}. */
    public static Color ofMetricOrPrimary(String metricId) {
        return ofMetric(metricId).orElse(PRIMARY);
    }

    /** The fill of a cell or band without a number: 缺报, 空白, 缺表, 无需报送. */
    public static Color state(PointState state) {
        return STATES.get(state);
    }

    /** The text written on such a cell. */
    public static Color stateText(PointState state) {
        return STATE_TEXT.get(state);
    }
}
