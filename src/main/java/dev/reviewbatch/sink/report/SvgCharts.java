package dev.reviewbatch.sink.report;

import java.util.List;
import java.util.Locale;

/**
 * Draws the report's charts as inline SVG: columns (a histogram or a series), horizontal bars (labelled rows) and
 * a small rating timeline. Output depends only on the input, so the same data gives the same bytes. Every label is
 * escaped. Colours come from CSS classes on the page ({@code bar}, {@code axis}, {@code grid}, {@code label},
 * {@code line}, {@code dot}). Stateless.
 */
final class SvgCharts {

	/** One bar: its label and value. */
	record Bar(String label, double value) {
	}

	private static final int WIDTH = 640;

	private static final int COLUMNS_HEIGHT = 220;

	private static final int LEFT = 44;

	private static final int BOTTOM = 28;

	private static final int TOP = 18;

	private static final int MAX_LABELS = 12;

	private SvgCharts() {
	}

	/** Vertical bars left to right; values printed over the bars when there are few. */
	static String columns(String title, List<Bar> bars) {
		return columns(title, bars, niceMax(bars.stream().mapToDouble(Bar::value).max().orElse(1)), 4);
	}

	/** Vertical bars on an axis from 0 to {@code max} with {@code steps} grid lines above the axis. */
	static String columns(String title, List<Bar> bars, double max, int steps) {
		double plotWidth = WIDTH - LEFT - 8;
		double plotHeight = COLUMNS_HEIGHT - TOP - BOTTOM;
		double step = bars.isEmpty() ? plotWidth : plotWidth / bars.size();
		int labelChars = bars.stream().mapToInt(b -> b.label().length()).max().orElse(1);
		int fitting = (int) Math.max(1, plotWidth / (labelChars * 7.5 + 10));
		int every = Math.max(1, (int) Math.ceil(bars.size() / (double) Math.min(MAX_LABELS, fitting)));
		StringBuilder svg = open(title, WIDTH, COLUMNS_HEIGHT);
		grid(svg, max, steps, plotHeight);
		for (int i = 0; i < bars.size(); i++) {
			Bar bar = bars.get(i);
			double h = bar.value() / max * plotHeight;
			double x = LEFT + i * step;
			svg.append(String.format(Locale.ROOT,
					"<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>%s: %s</title></rect>",
					x + step * 0.12, TOP + plotHeight - h, step * 0.76, h, Markup.html(bar.label()), number(bar.value())));
			if (bars.size() <= 16 && bar.value() > 0) {
				text(svg, "value", x + step / 2, TOP + plotHeight - h - 4, "middle", number(bar.value()));
			}
			if (i % every == 0) {
				text(svg, "label", x + step / 2, COLUMNS_HEIGHT - BOTTOM + 16, "middle", bar.label());
			}
		}
		return svg.append("</svg>").toString();
	}

	/** Horizontal bars top to bottom, each labelled on the left and valued on the right. */
	static String rows(String title, List<Bar> bars) {
		int rowHeight = 22;
		int labelWidth = 200;
		int height = TOP + bars.size() * rowHeight + 8;
		double max = Math.max(1, bars.stream().mapToDouble(Bar::value).max().orElse(1));
		double plotWidth = WIDTH - labelWidth - 56;
		StringBuilder svg = open(title, WIDTH, height);
		for (int i = 0; i < bars.size(); i++) {
			Bar bar = bars.get(i);
			double y = TOP + i * rowHeight;
			double w = bar.value() / max * plotWidth;
			text(svg, "label", labelWidth - 8, y + 15, "end", shorten(bar.label(), 28));
			svg.append(String.format(Locale.ROOT,
					"<rect class=\"bar\" x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"%d\"><title>%s: %s</title></rect>",
					labelWidth, y + 3, w, rowHeight - 6, Markup.html(bar.label()), number(bar.value())));
			text(svg, "value", labelWidth + w + 6, y + 15, "start", number(bar.value()));
		}
		return svg.append("</svg>").toString();
	}

	/** A step line of ratings (half-stars 1..10) over time; x is the event's position, dates are in the titles. */
	static String timeline(String title, List<Bar> points) {
		int width = 260;
		int height = 96;
		StringBuilder svg = open(title, width, height);
		for (int stars = 1; stars <= 5; stars++) {
			double y = y(stars * 2, height);
			svg.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"28\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>",
					width - 6, y, y));
			text(svg, "label", 22, y + 4, "end", stars + "★");
		}
		double step = points.size() < 2 ? 0 : (width - 48.0) / (points.size() - 1);
		StringBuilder line = new StringBuilder();
		StringBuilder dots = new StringBuilder();
		for (int i = 0; i < points.size(); i++) {
			double x = 36 + i * step;
			double y = y(points.get(i).value(), height);
			line.append(String.format(Locale.ROOT, "%s%.1f,%.1f", i == 0 ? "" : " ", x, y));
			dots.append(String.format(Locale.ROOT,
					"<circle class=\"dot\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\"><title>%s</title></circle>", x, y,
					Markup.html(points.get(i).label())));
		}
		svg.append("<polyline class=\"line\" points=\"").append(line).append("\"/>").append(dots);
		return svg.append("</svg>").toString();
	}

	/** The top of the value axis: four whole grid steps of 1, 2 or 5 times a power of ten. */
	static double niceMax(double max) {
		double raw = Math.max(max, 1) / 4;
		double power = Math.pow(10, Math.floor(Math.log10(raw)));
		double step = raw <= power ? power : raw <= 2 * power ? 2 * power : raw <= 5 * power ? 5 * power : 10 * power;
		return Math.max(step, 1) * 4;
	}

	private static double y(double halfStars, int height) {
		return height - 10 - (halfStars / 10.0) * (height - 20);
	}

	private static StringBuilder open(String title, int width, int height) {
		return new StringBuilder(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">"
						+ "<title>%s</title>",
				width, height, Markup.html(title), Markup.html(title)));
	}

	private static void grid(StringBuilder svg, double max, int steps, double plotHeight) {
		for (int i = 0; i <= steps; i++) {
			double value = max * i / steps;
			double y = TOP + plotHeight - plotHeight * i / steps;
			svg.append(String.format(Locale.ROOT, "<line class=\"%s\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>",
					i == 0 ? "axis" : "grid", LEFT, WIDTH - 8, y, y));
			text(svg, "label", LEFT - 6, y + 4, "end", number(value));
		}
	}

	private static void text(StringBuilder svg, String cssClass, double x, double y, String anchor, String text) {
		svg.append(String.format(Locale.ROOT, "<text class=\"%s\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>",
				cssClass, x, y, anchor, Markup.html(text)));
	}

	private static String number(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
	}

	private static String shorten(String label, int max) {
		return label.codePointCount(0, label.length()) <= max ? label
				: label.substring(0, label.offsetByCodePoints(0, max - 1)) + "…";
	}
}
