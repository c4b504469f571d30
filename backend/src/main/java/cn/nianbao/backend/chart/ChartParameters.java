package cn.nianbao.backend.chart;

/**
 * The query parameters of a chart request exactly as they arrive, as text, so that every one is checked in one place
 * ({@link ChartRequest#of}) before anything is read or drawn.
 *
 * @param region the region's (body's) code
 * @param from   the first year (default: {@code to} − 5)
 * @param to     the last year (default: the latest year with a report in the region)
 * @param kind   only bodies of this kind: PEOPLES_GOVERNMENT, TOWNSHIP, DEPARTMENT, OTHER
 * @param metric the metric, for overview, ranking, heatmap and small-multiples (default requests.new_received.total)
 * @param year   the year ranked (ranking only; default {@code to})
 * @param top    how many bodies to draw (overview, ranking, heatmap, small-multiples)
 * @param lines  overview: total (the region's sum), bodies (the top bodies) or both
 * @param layout applicants: stacked or grouped bars
 * @param width  the drawing's width in pixels
 * @param height the drawing's height in pixels (default: what the chart's content needs)
 * @param scale  PNG only: 1, or 2 for slides
 * @param format svg, png or pdf
 */
public record ChartParameters(String region, String from, String to, String kind, String metric, String year,
                              String top, String lines, String layout, String width, String height, String scale,
                              String format) {
}
