package dev.reviewbatch.sync;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What one sync reads and where it writes. Immutable.
 *
 * @param feeds feed files or http(s) URLs, as configured; each names its own state
 * @param settle an inbox file modified more recently than this is taken to be still being
 * written
 * @param feedTimeout the longest one feed request may take
 */
public record SyncSettings(Path out, Path inbox, Path processed, List<String> feeds, Duration settle,
		Duration feedTimeout) {

	public SyncSettings {
		feeds = List.copyOf(feeds);
	}
}
