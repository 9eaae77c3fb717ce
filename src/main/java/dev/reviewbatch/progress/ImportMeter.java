package dev.reviewbatch.progress;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures one import step: fed with the source and start line of every row stored, it
 * tells rows done, the estimated total (files done count their rows, the current file its
 * rows scaled by its lines read of its lines, files to come their estimated records), the
 * fraction done, the rate and the time left. A resumed run starts from the rows its
 * earlier attempts stored; its rate counts this attempt only. Not thread-safe; the caller
 * passes the clock.
 */
public final class ImportMeter {

	/**
	 * Below this fraction of a file the estimate from its sample is trusted more than the
	 * rows seen.
	 */
	private static final double TRUST_RATE_FROM = 0.05;

	private final List<String> order;

	private final Map<String, SourceSize> sizes;

	private final Map<String, Long> rows = new HashMap<>();

	private final long totalBytes;

	private final long startNanos;

	private final long rowsBefore;

	private long rowsNow;

	private int current = -1;

	private long currentLine;

	private long referenceNanos;

	private double referenceFraction;

	/**
	 * @param sizes source name → size, in read order
	 * @param rowsBefore source name → rows this run already stored before this attempt
	 */
	public ImportMeter(Map<String, SourceSize> sizes, Map<String, Long> rowsBefore, long startNanos) {
		this.order = new ArrayList<>(sizes.keySet());
		this.sizes = Map.copyOf(sizes);
		this.rows.putAll(rowsBefore);
		this.rowsBefore = rowsBefore.values().stream().mapToLong(Long::longValue).sum();
		this.totalBytes = sizes.values().stream().mapToLong(SourceSize::bytes).filter(b -> b > 0).sum();
		this.startNanos = startNanos;
		this.referenceNanos = startNanos;
		this.referenceFraction = this.rowsBefore == 0 ? 0 : -1;
	}

	/**
	 * One row stored, from {@code source} starting at {@code line} (0 where lines mean
	 * nothing).
	 */
	public void row(String source, long line) {
		rows.merge(source, 1L, Long::sum);
		rowsNow++;
		int index = order.indexOf(source);
		if (index > current) {
			current = index;
			currentLine = 0;
		}
		if (index == current) {
			currentLine = Math.max(currentLine, line);
		}
	}

	/** Where the step stands at {@code nowNanos}. */
	public Snapshot snapshot(long nowNanos) {
		long total = estimatedTotal();
		double fraction = fraction(total);
		if (referenceFraction < 0 && fraction >= 0) {
			referenceNanos = nowNanos;
			referenceFraction = fraction;
		}
		double seconds = (nowNanos - startNanos) / 1e9;
		return new Snapshot(rowsBefore + rowsNow, total, fraction, current >= 0 ? order.get(current) : null,
				seconds > 0 ? rowsNow / seconds : 0, timeLeft(fraction, nowNanos),
				Duration.ofNanos(nowNanos - startNanos));
	}

	/**
	 * Rows this attempt read and stored; the rest of {@link Snapshot#rows()} were stored
	 * before it (an earlier attempt of the run, or files carried unchanged).
	 */
	public long rowsThisAttempt() {
		return rowsNow;
	}

	/** The final snapshot, once every row is read: the total is the rows done. */
	public Snapshot finished(long nowNanos) {
		double seconds = (nowNanos - startNanos) / 1e9;
		long done = rowsBefore + rowsNow;
		return new Snapshot(done, done, 1.0, null, seconds > 0 ? rowsNow / seconds : 0, Duration.ZERO,
				Duration.ofNanos(nowNanos - startNanos));
	}

	/**
	 * Rows done of the estimated total where every source's records are estimated (rows
	 * cost the same, whatever their bytes); else by bytes: files done, plus the current
	 * file's share.
	 */
	private double fraction(long total) {
		if (totalBytes <= 0 || current < 0) {
			return -1;
		}
		boolean recordsKnown = sizes.values().stream().allMatch(size -> size.records() >= 0);
		if (recordsKnown && total > 0) {
			return Math.min(0.999, (double) (rowsBefore + rowsNow) / total);
		}
		double done = 0;
		for (int i = 0; i < current; i++) {
			done += Math.max(0, sizes.get(order.get(i)).bytes());
		}
		SourceSize size = sizes.get(order.get(current));
		done += Math.max(0, size.bytes()) * within(order.get(current), size);
		return Math.min(0.999, done / totalBytes);
	}

	/**
	 * How far into the current file: by lines where rows have lines, else by rows of its
	 * estimated records.
	 */
	private double within(String source, SourceSize size) {
		if (size.hasLines() && currentLine > 0) {
			return Math.min(0.999, (double) currentLine / size.lines());
		}
		if (size.records() > 0) {
			return Math.min(0.999, (double) rows.getOrDefault(source, 0L) / size.records());
		}
		return 0;
	}

	/**
	 * Rows of files done, the current file's rows scaled to the whole file, and the
	 * estimate of files to come.
	 */
	private long estimatedTotal() {
		long total = 0;
		for (int i = 0; i < order.size(); i++) {
			String source = order.get(i);
			long seen = rows.getOrDefault(source, 0L);
			SourceSize size = sizes.get(source);
			if (i < current) {
				total += seen;
			}
			else if (i == current) {
				double within = within(source, size);
				long scaled = within >= TRUST_RATE_FROM ? Math.round(seen / within) : size.records();
				total += Math.max(seen, scaled);
			}
			else {
				total += Math.max(seen, Math.max(0, size.records()));
			}
		}
		long unlisted = rows.entrySet()
			.stream()
			.filter(e -> !sizes.containsKey(e.getKey()))
			.mapToLong(Map.Entry::getValue)
			.sum();
		return totalBytes <= 0 ? -1 : total + unlisted;
	}

	private Duration timeLeft(double fraction, long nowNanos) {
		double progressed = fraction - referenceFraction;
		if (fraction < 0 || referenceFraction < 0 || progressed <= 0.001 || nowNanos <= referenceNanos) {
			return null;
		}
		double nanosPerFraction = (nowNanos - referenceNanos) / progressed;
		return Duration.ofNanos(Math.round(nanosPerFraction * (1 - fraction)));
	}

	/**
	 * Where an import step stands. {@code estimatedTotal} is -1 and {@code fraction}
	 * below 0 when the input's size is unknown; {@code timeLeft} is null until there is a
	 * rate to go by; {@code file} is null before the first row.
	 */
	public record Snapshot(long rows, long estimatedTotal, double fraction, String file, double rowsPerSecond,
			Duration timeLeft, Duration elapsed) {
	}

}
