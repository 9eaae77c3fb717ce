package dev.reviewbatch.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ImportMeterTests {

	private static final long SECOND = 1_000_000_000L;

	/** Two CSV files of 1,000 bytes, 101 lines each: a header and 100 records. */
	private static Map<String, SourceSize> twoFiles() {
		Map<String, SourceSize> sizes = new LinkedHashMap<>();
		sizes.put("diary.csv", new SourceSize(1000, 101, 100));
		sizes.put("reviews.csv", new SourceSize(1000, 101, 100));
		return sizes;
	}

	@Test
	void halfwayThroughTheFirstFile_aQuarterDone_totalFromBothEstimates_timeLeftFromTheRate() {
		ImportMeter meter = new ImportMeter(twoFiles(), Map.of(), 0);
		for (long line = 2; line <= 51; line++) {
			meter.row("diary.csv", line);
		}

		ImportMeter.Snapshot at = meter.snapshot(10 * SECOND);

		assertThat(at.rows()).isEqualTo(50);
		assertThat(at.fraction()).isCloseTo(0.25, within(0.01));
		assertThat(at.estimatedTotal()).isBetween(195L, 205L);
		assertThat(at.file()).isEqualTo("diary.csv");
		assertThat(at.rowsPerSecond()).isCloseTo(5.0, within(0.01));
		assertThat(at.timeLeft().toSeconds()).isBetween(29L, 31L);
	}

	@Test
	void intoTheSecondFile_theFirstCountsItsRealRows() {
		ImportMeter meter = new ImportMeter(twoFiles(), Map.of(), 0);
		for (long line = 2; line <= 91; line++) {
			meter.row("diary.csv", line);
		}
		for (long line = 2; line <= 51; line++) {
			meter.row("reviews.csv", line);
		}

		ImportMeter.Snapshot at = meter.snapshot(20 * SECOND);

		assertThat(at.estimatedTotal()).as("90 real rows + about 100").isBetween(185L, 195L);
		assertThat(at.fraction()).isCloseTo(140.0 / at.estimatedTotal(), within(0.001));
		assertThat(at.file()).isEqualTo("reviews.csv");
	}

	@Test
	void resumedRun_countsTheRowsOfEarlierAttempts_butItsRateOnlyThisAttempts() {
		ImportMeter meter = new ImportMeter(twoFiles(), Map.of("diary.csv", 40L), 0);
		for (long line = 42; line <= 51; line++) {
			meter.row("diary.csv", line);
		}

		ImportMeter.Snapshot at = meter.snapshot(2 * SECOND);

		assertThat(at.rows()).isEqualTo(50);
		assertThat(at.rowsPerSecond()).isCloseTo(5.0, within(0.01));
		assertThat(at.timeLeft()).as("no rate yet: the first snapshot is the reference").isNull();
		for (long line = 52; line <= 61; line++) {
			meter.row("diary.csv", line);
		}
		assertThat(meter.snapshot(4 * SECOND).timeLeft()).isNotNull();
	}

	@Test
	void pagesWithBytesOnly_fractionByBytesOfFilesDone() {
		Map<String, SourceSize> sizes = new LinkedHashMap<>();
		sizes.put("a.html", SourceSize.bytesOnly(300));
		sizes.put("b.html", SourceSize.bytesOnly(100));
		ImportMeter meter = new ImportMeter(sizes, Map.of(), 0);
		meter.row("a.html", 0);
		meter.row("b.html", 0);

		assertThat(meter.snapshot(SECOND).fraction()).isCloseTo(0.75, within(0.001));
	}

	@Test
	void unknownSizes_rowsAndRateOnly() {
		ImportMeter meter = new ImportMeter(Map.of("feed.xml", SourceSize.UNKNOWN), Map.of(), 0);
		meter.row("feed.xml", 0);

		ImportMeter.Snapshot at = meter.snapshot(SECOND);

		assertThat(at.estimatedTotal()).isEqualTo(-1);
		assertThat(at.fraction()).isNegative();
		assertThat(at.timeLeft()).isNull();
	}

	@Test
	void finished_totalIsTheRowsDone() {
		ImportMeter meter = new ImportMeter(twoFiles(), Map.of(), 0);
		meter.row("diary.csv", 2);

		ImportMeter.Snapshot at = meter.finished(2 * SECOND);

		assertThat(at.estimatedTotal()).isEqualTo(1);
		assertThat(at.fraction()).isEqualTo(1.0);
		assertThat(at.elapsed()).isEqualTo(Duration.ofSeconds(2));
	}

}
