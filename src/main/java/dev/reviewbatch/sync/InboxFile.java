package dev.reviewbatch.sync;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/**
 * A file found in the inbox at a first look: its path, size and modification time then.
 * Immutable.
 */
record InboxFile(Path path, long size, FileTime modified) {

	String name() {
		return path.getFileName().toString();
	}
}
