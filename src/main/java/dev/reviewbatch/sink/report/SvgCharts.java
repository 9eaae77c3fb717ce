package dev.reviewbatch.sink.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.reviewbatch.domain.StarRating;

/**
 * Draws the report's charts as inline SVG, all in one place: columns (a histogram or a
 * continuous time series), horizontal bars (labelled rows), a calendar heatmap and a
 * small rating timeline per film. Every chart is drawn for a phone-sized canvas
 * ({@link #WIDTH} user units, shown at 0.9 to 1.25 times that by the page's CSS), so its
 * 12-unit text stays between 11 and 15 px on a phone and on a laptop. Axis labels are
 * placed left to right and a label that would touch the previous one is left out, so
 * labels never overlap. Output depends only on the input, so the same data gives the same
 * bytes. Every label is escaped. Colours come from CSS classes on the page. Stateless.
 */
final class SvgCharts {

	/** One bar: its axis label (null for none), its value and the tooltip text. */
	record Bar(String label, double value, String tip) {

		Bar(String label, double value) {
			this(label, value, label);
		}
	}

	/**
	 * One point of a rating timeline: its date (null when undated), half-stars and CSS
	 * kind.
	 */
	record Point(LocalDate date, int halfStars, String kind, String tip) {
	}

	static final int WIDTH = 360;

	/**
	 * Width of one character of 12-unit text, generously (digits and capitals of common
	 * sans-serif fonts).
	 */
	static final double CHAR = 7.4;

	private static final int GAP = 8;

	private static final int TOP = 16;

	private static final int BOTTOM = 24;

	private SvgCharts() {
	}

	/** Vertical bars left to right on an axis from 0 to a rounded maximum. */
	static String columns(String title, List<Bar> bars) {
		double max = niceMax(bars.stream().mapToDouble(Bar::value).max().orElse(0));
		// grid lines on whole numbers only: 0–5 has none in between
		return columns(title, bars, max, max % 2 == 0 ? 2 : 1, true);
	}

	/**
	 * Vertical bars on an axis from 0 to {@code max} with {@code steps} grid lines above
	 * the axis; when {@code values} and there is room for the widest, each value is
	 * printed over its bar.
	 */
	static String columns(String title, List<Bar> bars, double max, int steps, boolean values) {
		int height = 190;
		String topLabel = number(max);
		int left = (int) Math.ceil(topLabel.length() * CHAR) + 10;
		double plotWidth = WIDTH - left - 6;
		double plotHeight = height - TOP - BOTTOM;
		double step = bars.isEmpty() ? plotWidth : plotWidth / bars.size();
		StringBuilder svg = open(title, WIDTH, height);
		for (int i = 0; i <= steps; i++) {
			double value = max * i / steps;
			double y = TOP + plotHeight - plotHeight * i / steps;
			svg.append(String.format(Locale.ROOT, "<line class=\"%s\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>",
					i == 0 ? "axis" : "grid", left, WIDTH - 6, y, y));
			text(svg, "label", left - 5, y + 4, "end", number(value));
		}
		// an axis label never reaches left of the plot, into the y-axis labels
		double labelEnd = left - GAP;
		// values over the bars for all of them or for none, so the chart reads evenly
		int widest = bars.stream().mapToInt(b -> number(b.value()).length()).max().orElse(0);
		boolean printValues = values && widest * CHAR * 0.85 <= step - 2;
		for (int i = 0; i < bars.size(); i++) {
			Bar bar = bars.get(i);
			double h = max <= 0 ? 0 : Math.min(1, bar.value() / max) * plotHeight;
			double x = left + i * step;
			double inset = step > 6 ? step * 0.14 : 0.3;
			svg.append(String.format(Locale.ROOT,
					"<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>%s: %s</title></rect>",
					x + inset, TOP + plotHeight - h, step - 2 * inset, h, Markup.html(bar.tip()), number(bar.value())));
			String value = number(bar.value());
			if (printValues && bar.value() > 0) {
				text(svg, "value", x + step / 2, TOP + plotHeight - h - 4, "middle", value);
			}
			if (bar.label() != null) {
				double width = bar.label().length() * CHAR;
				double start = x + step / 2 - width / 2;
				if (start >= labelEnd + GAP && start + width <= WIDTH + 2) {
					text(svg, "label", x + step / 2, height - BOTTOM + 16, "middle", bar.label());
					labelEnd = start + width;
				}
			}
		}
		return svg.append("</svg>").toString();
	}

	/**
	 * Horizontal bars top to bottom, each labelled above its bar on the left and valued
	 * at its end.
	 */
	static String rows(String title, List<Bar> bars) {
		int rowHeight = 34;
		int height = 6 + bars.size() * rowHeight;
		double max = Math.max(1, bars.stream().mapToDouble(Bar::value).max().orElse(1));
		int valueRoom = (int) Math.ceil(number(max).length() * CHAR) + 8;
		double plotWidth = WIDTH - 2 - valueRoom;
		StringBuilder svg = open(title, WIDTH, height);
		for (int i = 0; i < bars.size(); i++) {
			Bar bar = bars.get(i);
			double y = 4 + i * rowHeight;
			double w = Math.max(1, bar.value() / max * plotWidth);
			text(svg, "label", 2, y + 12, "start", shorten(bar.label(), (int) (WIDTH / CHAR) - 2));
			svg.append(String.format(Locale.ROOT,
					"<rect class=\"bar\" x=\"2\" y=\"%.1f\" width=\"%.1f\" height=\"12\"><title>%s: %s</title></rect>",
					y + 17, w, Markup.html(bar.tip()), number(bar.value())));
			text(svg, "value", 2 + w + 5, y + 27.5, "start", number(bar.value()));
		}
		return svg.append("</svg>").toString();
	}

	/**
	 * A calendar heatmap of one year in two blocks (January to June above July to
	 * December), a column per week and a row per weekday (Monday on top); the darker a
	 * day, the more viewings it had ({@code level} 1 to 4 of the year's busiest day).
	 */
	static String heatmap(String title, int year, Map<LocalDate, Long> viewings) {
		int cell = 12;
		int left = 30;
		int blockHeight = 14 + 7 * cell + 10;
		LocalDate jan1 = LocalDate.of(year, 1, 1);
		LocalDate jul1 = LocalDate.of(year, 7, 1);
		long max = viewings.values().stream().mapToLong(Long::longValue).max().orElse(0);
		StringBuilder svg = open(title, WIDTH, 2 * blockHeight);
		// empty days are one pattern of pale cells; the second block starts a whole
		// number of cells lower
		String pattern = "hm" + year;
		svg.append(String.format(Locale.ROOT, "<defs><pattern id=\"%s\" x=\"%d\" y=\"18\" width=\"%d\" height=\"%d\" "
				+ "patternUnits=\"userSpaceOnUse\"><rect class=\"h0\" width=\"10\" height=\"10\"/></pattern></defs>",
				pattern, left, cell, cell));
		for (int block = 0; block < 2; block++) {
			LocalDate from = block == 0 ? jan1 : jul1;
			LocalDate to = block == 0 ? jul1 : jan1.plusYears(1);
			LocalDate weekStart = from.minusDays(from.getDayOfWeek().getValue() - 1);
			int top = block * blockHeight + 18;
			int firstRow = from.getDayOfWeek().getValue() - 1;
			LocalDate end = to.minusDays(1);
			int lastColumn = (int) ChronoUnit.WEEKS.between(weekStart, end);
			int lastRow = end.getDayOfWeek().getValue() - 1;
			String fill = " fill=\"url(#" + pattern + ")\"/>";
			svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"%d\"", left,
					top + firstRow * cell, (7 - firstRow) * cell - 2))
				.append(fill);
			svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"", left + cell,
					top, (lastColumn - 1) * cell - 2, 7 * cell - 2))
				.append(fill);
			svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"%d\"",
					left + lastColumn * cell, top, (lastRow + 1) * cell - 2))
				.append(fill);
			for (int row : new int[] { 0, 2, 4 }) {
				text(svg, "label", left - 4, top + row * cell + cell - 2.5, "end",
						DayOfWeek.of(row + 1).name().charAt(0)
								+ DayOfWeek.of(row + 1).name().substring(1, 3).toLowerCase());
			}
			for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
				int column = (int) ChronoUnit.WEEKS.between(weekStart, day);
				int row = day.getDayOfWeek().getValue() - 1;
				double x = left + column * cell;
				if (day.getDayOfMonth() == 1) {
					text(svg, "label", x + (row == 0 ? 0 : cell), top - 4, "start", Figures.month(day.getMonthValue()));
				}
				long count = viewings.getOrDefault(day, 0L);
				if (count > 0) {
					int level = (int) Math.max(1, Math.min(4, Math.ceil(4.0 * count / max)));
					svg.append(String.format(Locale.ROOT,
							"<rect class=\"h%d\" x=\"%.0f\" y=\"%d\" width=\"10\" height=\"10\"><title>%s: %s</title></rect>",
							level, x, top + row * cell, Figures.humanDate(day),
							Figures.count(count) + (count == 1 ? " viewing" : " viewings")));
				}
			}
		}
		return svg.append("</svg>").toString();
	}

	/**
	 * A film's rating observations on a continuous date axis (undated ones at the left
	 * edge) and a 0.5–5 star axis; the points are joined by a step line and coloured by
	 * their kind. Only the first and last year are labelled, at the ends of the axis, so
	 * they cannot collide.
	 */
	static String timeline(String title, List<Point> points) {
		int width = 320;
		int height = 112;
		int left = 30;
		int right = 10;
		double plotWidth = width - left - right;
		StringBuilder svg = open(title, width, height);
		for (int stars = 1; stars <= 5; stars++) {
			double y = y(stars * 2, height);
			svg.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>",
					left, width - right, y, y));
			if (stars % 2 == 1) {
				text(svg, "label", left - 5, y + 4, "end", stars + StarRating.STAR);
			}
		}
		List<LocalDate> dates = points.stream().map(Point::date).filter(d -> d != null).sorted().toList();
		long firstDay = dates.isEmpty() ? 0 : dates.get(0).toEpochDay();
		long span = dates.isEmpty() ? 0 : dates.get(dates.size() - 1).toEpochDay() - firstDay;
		List<double[]> xy = new ArrayList<>();
		for (int i = 0; i < points.size(); i++) {
			Point p = points.get(i);
			double x;
			if (p.date() == null) {
				x = left + 6;
			}
			else if (span == 0) {
				x = points.size() == 1 ? left + plotWidth / 2 : left + 6 + (plotWidth - 12) * i / (points.size() - 1.0);
			}
			else {
				x = left + 6 + (plotWidth - 12) * (p.date().toEpochDay() - firstDay) / span;
			}
			xy.add(new double[] { x, y(p.halfStars(), height) });
		}
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < xy.size(); i++) {
			double[] p = xy.get(i);
			if (i > 0) {
				line.append(String.format(Locale.ROOT, " %.1f,%.1f", p[0], xy.get(i - 1)[1]));
			}
			line.append(String.format(Locale.ROOT, "%s%.1f,%.1f", i == 0 ? "" : " ", p[0], p[1]));
		}
		svg.append("<polyline class=\"line\" points=\"").append(line).append("\"/>");
		for (int i = 0; i < xy.size(); i++) {
			svg.append(String.format(Locale.ROOT,
					"<circle class=\"dot %s\" cx=\"%.1f\" cy=\"%.1f\" r=\"5\"><title>%s</title></circle>",
					points.get(i).kind(), xy.get(i)[0], xy.get(i)[1], Markup.html(points.get(i).tip())));
		}
		double axis = height - 22;
		svg.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>",
				left, width - right, axis, axis));
		if (!dates.isEmpty()) {
			String first = Integer.toString(dates.get(0).getYear());
			String last = Integer.toString(dates.get(dates.size() - 1).getYear());
			text(svg, "label", left, height - 6, "start", first);
			if (!last.equals(first)) {
				text(svg, "label", width - right, height - 6, "end", last);
			}
		}
		return svg.append("</svg>").toString();
	}

	/**
	 * Axis labels for a continuous run of years: every year that is a multiple of the
	 * smallest step of 1, 2, 5, 10, 20 or 50 years that leaves room for the labels across
	 * {@code plotWidth}.
	 */
	static List<Bar> yearBars(List<Integer> years, List<Double> values, List<String> tips) {
		double perYear = (WIDTH - 50.0) / Math.max(1, years.size());
		int every = 1;
		for (int candidate : new int[] { 1, 2, 5, 10, 20, 50, 100 }) {
			every = candidate;
			if (perYear * candidate >= 4 * CHAR + GAP + 2) {
				break;
			}
		}
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < years.size(); i++) {
			int year = years.get(i);
			bars.add(new Bar(year % every == 0 ? Integer.toString(year) : null, values.get(i), tips.get(i)));
		}
		return bars;
	}

	/**
	 * The top of the value axis: two grid steps of 1, 2, 2.5 or 5 times a power of ten,
	 * whole numbers only, so the tallest bar fills at least 40% of the chart (5 → 5, 19 →
	 * 20, 130 → 200).
	 */
	static double niceMax(double max) {
		double raw = Math.max(max, 1) / 2;
		double power = Math.pow(10, Math.floor(Math.log10(raw)));
		double step = 10 * power;
		for (double factor : new double[] { 1, 2, 2.5, 5 }) {
			double candidate = factor * power;
			if (raw <= candidate && (candidate * 2) == Math.rint(candidate * 2)) {
				step = candidate;
				break;
			}
		}
		return Math.max(step * 2, 2);
	}

	private static double y(double halfStars, int height) {
		return height - 28 - (halfStars / 10.0) * (height - 40);
	}

	private static StringBuilder open(String title, int width, int height) {
		return new StringBuilder(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" "
						+ "role=\"img\" aria-label=\"%s\"><title>%s</title>",
				width, height, width, height, Markup.html(title), Markup.html(title)));
	}

	private static void text(StringBuilder svg, String cssClass, double x, double y, String anchor, String text) {
		svg.append(String.format(Locale.ROOT, "<text class=\"%s\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>",
				cssClass, x, y, anchor, Markup.html(text)));
	}

	/**
	 * A value as the charts print it: whole numbers with thousands separators, else two
	 * decimals.
	 */
	static String number(double value) {
		return value == Math.rint(value) ? Figures.count((long) value) : String.format(Locale.ROOT, "%.2f", value);
	}

	private static String shorten(String label, int max) {
		return label.codePointCount(0, label.length()) <= max ? label
				: label.substring(0, label.offsetByCodePoints(0, max - 1)) + "…";
	}

}
