package dev.syncopate.runstate.html;

import java.util.List;

/**
 * One inline SVG bar chart of the history page: a bar per run, oldest on the left, coloured by its
 * {@link Verdict}, scaled to the largest value. A run with no value (it did not finish) gets a short
 * marker at the base line instead of a bar, so the gap in the series is visible rather than silent.
 *
 * <pre>{@code
 * String svg = BarChart.svg("duration", "Duration", List.of(
 *         new BarChart.Bar(251.25, Verdict.SUCCESS, "2026-11-20 23:00:01: 0:04:11"),
 *         new BarChart.Bar(null, Verdict.UNFINISHED, "2026-11-21 23:00:00: did not finish")), "0:04:11");
 * }</pre>
 *
 * <p>Drawn by hand, not by a charting library: the page must open from a mail attachment or a file
 * share with no network, so it may load no script, font or image.
 */
final class BarChart {
    private static final int WIDTH = 760;
    private static final int HEIGHT = 180;
    private static final int LEFT = 80;
    private static final int TOP = 12;
    private static final int BOTTOM = 24;
    private static final int MARKER = 6;

    /** One run's bar: its value (null when it has none), its verdict, and the text shown on hover. */
    record Bar(Double value, Verdict verdict, String tooltip) {
    }

    private BarChart() {
    }

    /** The chart as an {@code <svg>} element; {@code maxLabel} is the largest value as the page writes it. */
    static String svg(String id, String title, List<Bar> bars, String maxLabel) {
        double max = bars.stream().filter(b -> b.value() != null).mapToDouble(Bar::value).max().orElse(0);
        int plot = HEIGHT - TOP - BOTTOM;
        int base = TOP + plot;
        double slot = (WIDTH - LEFT - 10) / (double) Math.max(1, bars.size());
        double width = Math.max(1, slot * 0.7);
        StringBuilder b = new StringBuilder(512 + bars.size() * 160);
        b.append("<svg id=\"").append(id).append("\" class=\"chart\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" role=\"img\" aria-label=\"").append(Html.escape(title)).append("\">\n");
        b.append("<text x=\"").append(LEFT - 8).append("\" y=\"").append(TOP + 10)
                .append("\" text-anchor=\"end\" class=\"axis\">").append(Html.escape(maxLabel)).append("</text>\n");
        b.append("<text x=\"").append(LEFT - 8).append("\" y=\"").append(base)
                .append("\" text-anchor=\"end\" class=\"axis\">0</text>\n");
        b.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(base).append("\" x2=\"").append(WIDTH - 10)
                .append("\" y2=\"").append(base).append("\" stroke=\"#555\" stroke-width=\"1\"/>\n");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double x = LEFT + i * slot + (slot - width) / 2;
            double h = bar.value() == null ? MARKER
                    : max <= 0 ? 1 : Math.max(1, bar.value() / max * plot);   // a zero still shows as a line
            double y = bar.value() == null ? base - MARKER : base - h;
            b.append("<rect class=\"bar ").append(bar.verdict().cssClass()).append("\" x=\"").append(num(x))
                    .append("\" y=\"").append(num(y)).append("\" width=\"").append(num(width)).append("\" height=\"")
                    .append(num(h)).append("\" fill=\"").append(bar.verdict().colour()).append("\" data-value=\"")
                    .append(bar.value() == null ? "" : num(bar.value())).append("\"><title>")
                    .append(Html.escape(bar.tooltip())).append("</title></rect>\n");
            if (bars.size() <= 40) {
                b.append("<text x=\"").append(num(x + width / 2)).append("\" y=\"").append(base + 16)
                        .append("\" text-anchor=\"middle\" class=\"axis\">").append(i + 1).append("</text>\n");
            }
        }
        return b.append("</svg>\n").toString();
    }

    private static String num(double v) {
        return java.math.BigDecimal.valueOf(v).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }
}
