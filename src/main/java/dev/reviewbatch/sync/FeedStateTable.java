package dev.reviewbatch.sync;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Per-feed state in the store ({@code feed_state}): the validators and content checksum
 * of the last feed that was imported completely, and when and how the last fetch went.
 * Thread-safe (stateless over JDBC).
 */
class FeedStateTable {

	/** The last good fetch of a feed; fields are null when never fetched. */
	record FeedState(String etag, String lastModified, String contentSha256) {

		static final FeedState NONE = new FeedState(null, null, null);

	}

	private final JdbcTemplate jdbc;

	FeedStateTable(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	FeedState find(String feed) {
		List<FeedState> rows = jdbc.query("SELECT etag, last_modified, content_sha256 FROM feed_state WHERE feed = ?",
				(rs, n) -> new FeedState(rs.getString(1), rs.getString(2), rs.getString(3)), feed);
		return rows.isEmpty() ? FeedState.NONE : rows.get(0);
	}

	/** After a feed was imported completely: its new validators and checksum. */
	void imported(String feed, String etag, String lastModified, String sha256, long runId) {
		ensureRow(feed);
		jdbc.update(
				"UPDATE feed_state SET etag = ?, last_modified = ?, content_sha256 = ?, last_run_id = ?, "
						+ "last_fetched_at = ?, last_status = 'IMPORTED', last_error = NULL WHERE feed = ?",
				etag, lastModified, sha256, runId, now(), feed);
	}

	/**
	 * After any other fetch: when, how it went and the error, if any; the validators stay
	 * as they were.
	 */
	void fetched(String feed, ItemResult.Status status, String error) {
		ensureRow(feed);
		jdbc.update("UPDATE feed_state SET last_fetched_at = ?, last_status = ?, last_error = ? WHERE feed = ?", now(),
				status.name(), error == null ? null : cut(error), feed);
	}

	private void ensureRow(String feed) {
		Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM feed_state WHERE feed = ?", Integer.class, feed);
		if (rows == null || rows == 0) {
			jdbc.update("INSERT INTO feed_state (feed) VALUES (?)", feed);
		}
	}

	private static Timestamp now() {
		return Timestamp.from(Instant.now());
	}

	private static String cut(String text) {
		return text.length() <= 2000 ? text : text.substring(0, 1999) + "…";
	}

}
