package cn.nianbao.backend.analytics;

/**
 * One number per report that the dashboard can show, defined as data: a sum of printed cells ({@link CellSum}) or a
 * rate of two such sums ({@link Ratio}). The catalogue ({@link MetricCatalogue}) holds every metric the API knows; the
 * database evaluates them (see {@code analytics.persistence}).
 */
public sealed interface Metric permits CellSum, Ratio {

    /** The id used in the API and in URLs: a contract path for a single cell, a dotted name otherwise. */
    String id();

    /** The name a supervisor reads, in Chinese. */
    String label();

    /** 件, 万元 or %. */
    String unit();

    MetricKind kind();

    MetricGroup group();

    /** The one table the metric reads; a report without it has no value ({@code table_missing}). */
    ReportTable table();
}
