package dev.gcsync.sync.report;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Draws a run's timeline as an inline SVG: requests per second (a polyline with one point per bucket), the
 * allowed rate of the scope that bound the run (a dashed line, broken where unknown), 429s (red dots on the
 * request line) and pauses (shaded spans), with axes and their labels. When another scope than the token's
 * bound the run, it also draws the requests that scope counted (the line to read against the dashed one) and the
 * token's allowed rate (a second, dotted line). Styling comes from the page's CSS classes. Pure.
 */
final class TimelineChart {

    /** Enough points for a screen-wide chart; more would only make the page heavier. */
    static final int MAX_POINTS = 2_000;

    private static final int WIDTH = 960;
    private static final int HEIGHT = 320;
    private static final int LEFT = 64;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 52;
    private static final double PLOT_W = WIDTH - LEFT - RIGHT;
    private static final double PLOT_H = HEIGHT - TOP - BOTTOM;

    private TimelineChart() {}

    static String svg(List<TimelinePoint> timeline) {
        return svg(timeline, false);
    }

    /** @param otherScope another scope than the token's bound the run: draw its requests and the token's limit */
    static String svg(List<TimelinePoint> timeline, boolean otherScope) {
        List<RateBucket> buckets = Downsampler.downsample(timeline, MAX_POINTS);
        if (buckets.isEmpty()) {
            return "<p class=\"empty\">No requests were recorded for this run.</p>";
        }
        long seconds = buckets.get(buckets.size() - 1).toSecond();
        double top = 0;
        for (RateBucket b : buckets) {
            top = Math.max(top, Math.max(b.requestsPerSecond(), b.allowedPerSecond()));
            if (otherScope) {
                top = Math.max(top, b.tokenAllowedPerSecond());
            }
        }
        double headroom = Math.max(top * 1.05, 1);
        double yStep = Ticks.step(headroom, 5);
        Scale scale = new Scale(seconds, Math.ceil(headroom / yStep) * yStep, yStep);
        StringBuilder svg = new StringBuilder(64 * buckets.size() + 4_096);
        svg.append(String.format(
                Locale.ROOT,
                "<svg class=\"timeline\" viewBox=\"0 0 %d %d\" role=\"img\" "
                        + "aria-label=\"requests per second against the allowed rate\">\n",
                WIDTH,
                HEIGHT));
        pauses(svg, buckets, scale);
        axes(svg, scale);
        if (otherScope) {
            level(svg, "token-allowed", buckets, RateBucket::tokenAllowedPerSecond, scale);
        }
        level(svg, "allowed", buckets, RateBucket::allowedPerSecond, scale);
        line(svg, otherScope ? "all-requests" : "requests", buckets, RateBucket::requestsPerSecond, scale);
        if (otherScope) {
            line(svg, "requests", buckets, RateBucket::boundPerSecond, scale);
        }
        throttledMarks(svg, buckets, scale);
        return svg.append("</svg>\n").toString();
    }

    private record Scale(long seconds, double maxRate, double yStep) {
        double x(double second) {
            return LEFT + PLOT_W * second / seconds;
        }

        double y(double rate) {
            return TOP + PLOT_H - PLOT_H * rate / maxRate;
        }
    }

    private static void pauses(StringBuilder svg, List<RateBucket> buckets, Scale s) {
        int i = 0;
        while (i < buckets.size()) {
            if (buckets.get(i).pausedMillis() <= 0) {
                i++;
                continue;
            }
            int start = i;
            long millis = 0;
            while (i < buckets.size() && buckets.get(i).pausedMillis() > 0) {
                millis += buckets.get(i).pausedMillis();
                i++;
            }
            long from = buckets.get(start).fromSecond();
            long to = buckets.get(i - 1).toSecond();
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect class=\"pause\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%.1f\"><title>paused %s "
                            + "between %s and %s</title></rect>\n",
                    s.x(from),
                    TOP,
                    Math.max(1, s.x(to) - s.x(from)),
                    PLOT_H,
                    Figures.duration(millis / 1000.0),
                    Figures.duration(from),
                    Figures.duration(to)));
        }
    }

    private static void axes(StringBuilder svg, Scale s) {
        long yTicks = Math.round(s.maxRate() / s.yStep());
        for (long k = 0; k <= yTicks; k++) {
            double v = s.yStep() * k;
            svg.append(String.format(
                    Locale.ROOT,
                    "<line class=\"grid\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>"
                            + "<text class=\"tick\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n",
                    LEFT,
                    WIDTH - RIGHT,
                    s.y(v),
                    s.y(v),
                    LEFT - 6,
                    s.y(v) + 4,
                    Ticks.label(v)));
        }
        long xStep = Ticks.secondsStep(s.seconds(), 8);
        for (long t = 0; t <= s.seconds(); t += xStep) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<line class=\"axis\" x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" "
                            + "y2=\"%.1f\"/><text class=\"tick\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>\n",
                    s.x(t),
                    s.x(t),
                    TOP + PLOT_H,
                    TOP + PLOT_H + 5,
                    s.x(t),
                    TOP + PLOT_H + 18,
                    Ticks.time(t)));
        }
        svg.append(String.format(
                Locale.ROOT,
                "<line class=\"axis\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>\n",
                LEFT,
                WIDTH - RIGHT,
                TOP + PLOT_H,
                TOP + PLOT_H));
        svg.append(String.format(
                Locale.ROOT,
                "<text class=\"label\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">"
                        + "time since the run started</text>\n",
                LEFT + PLOT_W / 2,
                HEIGHT - 8));
        svg.append(String.format(
                Locale.ROOT,
                "<text class=\"label\" x=\"14\" y=\"%.1f\" text-anchor=\"middle\" "
                        + "transform=\"rotate(-90 14 %.1f)\">requests per second</text>\n",
                TOP + PLOT_H / 2,
                TOP + PLOT_H / 2));
    }

    /** A rate over time as steps, broken where unknown (≤ 0). */
    private static void level(
            StringBuilder svg, String cssClass, List<RateBucket> buckets, ToDoubleFunction<RateBucket> rate, Scale s) {
        StringBuilder d = new StringBuilder();
        boolean drawing = false;
        for (RateBucket b : buckets) {
            double v = rate.applyAsDouble(b);
            if (v <= 0) {
                drawing = false;
                continue;
            }
            double y = s.y(v);
            d.append(drawing ? " L" : " M")
                    .append(coord(s.x(b.fromSecond()), y))
                    .append(" L")
                    .append(coord(s.x(b.toSecond()), y));
            drawing = true;
        }
        if (!d.isEmpty()) {
            svg.append("<path class=\"")
                    .append(cssClass)
                    .append("\" d=\"")
                    .append(d.substring(1))
                    .append("\"/>\n");
        }
    }

    private static void line(
            StringBuilder svg, String cssClass, List<RateBucket> buckets, ToDoubleFunction<RateBucket> rate, Scale s) {
        svg.append("<polyline class=\"").append(cssClass).append("\" points=\"");
        for (int i = 0; i < buckets.size(); i++) {
            RateBucket b = buckets.get(i);
            svg.append(i == 0 ? "" : " ").append(coord(s.x(b.fromSecond()), s.y(rate.applyAsDouble(b))));
        }
        svg.append("\"/>\n");
    }

    private static void throttledMarks(StringBuilder svg, List<RateBucket> buckets, Scale s) {
        for (RateBucket b : buckets) {
            if (b.throttled() > 0) {
                svg.append(String.format(
                        Locale.ROOT,
                        "<circle class=\"throttled\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\">"
                                + "<title>%d × 429 at %s</title></circle>\n",
                        s.x(b.fromSecond()),
                        s.y(b.requestsPerSecond()),
                        b.throttled(),
                        Figures.duration(b.fromSecond())));
            }
        }
    }

    private static String coord(double x, double y) {
        return String.format(Locale.ROOT, "%.1f,%.1f", x, y);
    }
}
