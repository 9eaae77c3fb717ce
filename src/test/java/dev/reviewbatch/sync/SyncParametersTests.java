package dev.reviewbatch.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * The sync's settings survive the trip through the job parameters as given, and only the
 * start time identifies a run.
 */
class SyncParametersTests {

	private static final SyncSettings SETTINGS = new SyncSettings(Path.of("output"), Path.of("input/inbox"),
			Path.of("input/inbox/processed"), List.of("input/feeds/a.xml", "https://example.org/rss/"),
			Duration.ofSeconds(5), Duration.ofSeconds(20));

	@Test
	void settings_roundTrip_withRelativePathsKeptAsGiven_andFeedsInOrder() {
		JobParameters parameters = SyncParameters.of(SETTINGS, Instant.parse("2026-12-03T03:00:00Z"));

		assertThat(SyncParameters.settings(parameters)).isEqualTo(SETTINGS);
		assertThat(parameters.getString("inbox")).isEqualTo("input/inbox");
	}

	@Test
	void noFeeds_roundTripsAsNone() {
		SyncSettings none = new SyncSettings(Path.of("out"), Path.of("in"), Path.of("in/done"), List.of(),
				Duration.ZERO, Duration.ofSeconds(1));

		assertThat(SyncParameters.settings(SyncParameters.of(none, Instant.now()))).isEqualTo(none);
	}

	@Test
	void onlyTheStartTime_identifiesARun() {
		JobParameters parameters = SyncParameters.of(SETTINGS, Instant.parse("2026-12-03T03:00:00Z"));

		assertThat(parameters.getIdentifyingParameters()).extracting(p -> p.name())
			.containsExactly(SyncParameters.STARTED_AT);
	}

}
