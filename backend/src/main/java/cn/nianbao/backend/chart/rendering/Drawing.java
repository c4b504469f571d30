package cn.nianbao.backend.chart.rendering;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.JFreeChart;

/** The body of a figure: a chart (or a grid of charts) drawn into the area the frame leaves it. */
interface Drawing {

    void draw(Graphics2D g2, Rectangle2D area);

    /** The height it needs to be legible at this width. */
    double preferredHeight(double width);

    /** One JFreeChart, its title left to the frame. */
    static Drawing of(JFreeChart chart, double preferredHeight) {
        chart.setTitle((org.jfree.chart.title.TextTitle) null);
        return new Drawing() {
            @Override
            public void draw(Graphics2D g2, Rectangle2D area) {
                chart.draw(g2, area);
            }

            @Override
            public double preferredHeight(double width) {
                return preferredHeight;
            }
        };
    }
}
