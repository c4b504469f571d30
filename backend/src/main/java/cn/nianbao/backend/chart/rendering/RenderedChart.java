package cn.nianbao.backend.chart.rendering;

import cn.nianbao.backend.chart.ChartData;
import cn.nianbao.backend.chart.ChartFormat;

/** A chart as a file: its bytes, their format, and the figure's size in pixels (PNG: before scaling). */
public record RenderedChart(ChartData data, ChartFormat format, byte[] bytes, int width, int height) {
}
