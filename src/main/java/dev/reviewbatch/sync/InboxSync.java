package dev.reviewbatch.sync;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import dev.reviewbatch.store.StoreLock;

/**
 * Imports each new, settled file of the inbox once, by content: a file whose SHA-256 was
 * imported before (under any name) is moved without importing it again; a new one is
 * imported and, once its run completed, recorded and moved to the processed folder. A
 * file still being written, or of a kind the import does not read, stays where it is; so
 * does one whose import failed, to be tried again by the next sync. Never throws for one
 * file's trouble: it becomes that file's {@link ItemResult}.
 */
class InboxSync {

	private final Inbox inbox;

	private final InboxTable imported;

	private final Importer importer;

	InboxSync(Inbox inbox, InboxTable imported, Importer importer) {
		this.inbox = inbox;
		this.imported = imported;
		this.importer = importer;
	}

	/**
	 * One result per file in the inbox; stops before the next file once {@code stop} says
	 * so.
	 */
	List<ItemResult> sync(BooleanSupplier stop) throws Exception {
		List<ItemResult> results = new ArrayList<>();
		for (InboxFile file : inbox.list()) {
			if (stop.getAsBoolean()) {
				break;
			}
			results.add(syncOne(file));
		}
		return results;
	}

	private ItemResult syncOne(InboxFile file) {
		try {
			if (!Inbox.importable(file)) {
				return result(file, ItemResult.Status.SKIPPED,
						"not an export ZIP, CSV, saved page or feed; left in place");
			}
			String busy = inbox.stillBeingWritten(file);
			String sha256 = busy == null ? Checksums.sha256(file.path()) : null;
			busy = busy == null ? inbox.stillBeingWritten(file) : busy;
			if (busy != null) {
				return result(file, ItemResult.Status.SKIPPED,
						"still being written: " + busy + "; left for the next sync");
			}
			return importOnce(file, sha256);
		}
		catch (Exception ex) {
			if (ex instanceof StoreLock.StoreBusyException busy) {
				throw busy;
			}
			return result(file, ItemResult.Status.FAILED, "failed: " + ex.getMessage() + "; left in the inbox");
		}
	}

	private ItemResult importOnce(InboxFile file, String sha256) throws Exception {
		InboxTable.Imported earlier = imported.find(sha256);
		if (earlier != null) {
			Path moved = inbox.moveToProcessed(file);
			return new ItemResult(file.name(), ItemResult.Status.DUPLICATE, "same content as " + earlier.fileName()
					+ " (imported in run " + earlier.runId() + "); not imported again; moved to " + moved, 0);
		}
		ImportOutcome outcome = importer.run(file.path());
		if (!outcome.completed()) {
			return new ItemResult(
					file.name(), ItemResult.Status.FAILED, "failed: run " + outcome.runId() + " "
							+ outcome.status().toLowerCase() + ": " + outcome.failure() + "; left in the inbox",
					outcome.runId());
		}
		imported.record(sha256, file.name(), file.size(), outcome.runId());
		Path moved = inbox.moveToProcessed(file);
		return new ItemResult(file.name(), ItemResult.Status.IMPORTED, outcome.describe() + "; moved to " + moved,
				outcome.runId());
	}

	private static ItemResult result(InboxFile file, ItemResult.Status status, String detail) {
		return new ItemResult(file.name(), status, detail, 0);
	}

}
