package dev.reviewbatch.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ProgressLineTests {

	@Test
	void running_rowsOfTotal_percentage_file_rate_timeLeft_startingWithTheRowCount() {
		ImportMeter.Snapshot at = new ImportMeter.Snapshot(45_000, 200_000, 0.2249, "diary.csv", 3426.4,
				Duration.ofSeconds(45), Duration.ofSeconds(13));

		assertThat(ProgressLine.running(at))
			.isEqualTo("  45,000 rows of ~200,000 (22%) in diary.csv  3,426/s  45 s left");
	}

	@Test
	void running_withoutSizes_rowsAndRateOnly() {
		ImportMeter.Snapshot at = new ImportMeter.Snapshot(12, -1, -1, "http://127.0.0.1/feed.xml", 6, null,
				Duration.ofSeconds(2));

		assertThat(ProgressLine.running(at)).isEqualTo("  12 rows in http://127.0.0.1/feed.xml  6/s");
	}

	@Test
	void running_longFileNameKeepsItsEnd_andTheLineFits80Columns() {
		ImportMeter.Snapshot at = new ImportMeter.Snapshot(1_100_000, 1_100_000, 0.999,
				"deleted/lists/a-very-long-list-name-indeed.csv", 123_456, Duration.ofSeconds(333),
				Duration.ofHours(1));

		String line = ProgressLine.running(at);

		assertThat(line).isEqualTo("  1,100,000 rows of ~1,100,000 (99%) in …indeed.csv  123,456/s  5 min 33 s left");
		assertThat(line).hasSize(ProgressLine.MAX_WIDTH);
	}

	@Test
	void duration_secondsMinutesHours() {
		assertThat(ProgressLine.duration(Duration.ofMillis(300))).isEqualTo("1 s");
		assertThat(ProgressLine.duration(Duration.ofSeconds(200))).isEqualTo("3 min 20 s");
		assertThat(ProgressLine.duration(Duration.ofSeconds(1501))).isEqualTo("25 min");
		assertThat(ProgressLine.duration(Duration.ofMinutes(65))).isEqualTo("1 h 05 min");
	}

	@Test
	void finished_rowsTimeAndRate() {
		ImportMeter.Snapshot at = new ImportMeter.Snapshot(200_000, 200_000, 1, null, 3440, Duration.ZERO,
				Duration.ofMillis(58_100));

		assertThat(ProgressLine.finished(at)).isEqualTo("  200,000 rows imported in 58.1 s (3,440 rows/s)");
	}

	@Test
	void finished_whenRowsWereStoredBeforeThisAttempt_saysSoInsteadOfARateOfZero() {
		ImportMeter.Snapshot carried = new ImportMeter.Snapshot(141, 141, 1, null, 0, Duration.ZERO,
				Duration.ofMillis(120));
		ImportMeter.Snapshot resumed = new ImportMeter.Snapshot(200_000, 200_000, 1, null, 3440, Duration.ZERO,
				Duration.ofMillis(29_050));

		assertThat(ProgressLine.finished(carried, 0))
			.isEqualTo("  141 rows, all already stored (unchanged files are not re-read), in 0.1 s");
		assertThat(ProgressLine.finished(resumed, 100_000))
			.isEqualTo("  200,000 rows in 29.1 s: 100,000 read (3,440 rows/s), 100,000 already stored");
		assertThat(ProgressLine.finished(resumed, 200_000)).isEqualTo(ProgressLine.finished(resumed));
	}

}
