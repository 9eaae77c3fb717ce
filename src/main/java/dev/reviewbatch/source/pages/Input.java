package dev.reviewbatch.source.pages;

import java.nio.file.Path;

/**
 * One source to read: a file ({@code file} set) or a feed URL ({@code file} null).
 * {@code name} is how rows, rejects and the run ledger name it: the path as given, or the
 * URL. Immutable.
 */
record Input(String name, Path file) {

	Input {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("an input needs a name");
		}
	}

	static Input ofFile(Path file) {
		return new Input(file.toString(), file);
	}

	static Input ofUrl(String url) {
		return new Input(url, null);
	}

	boolean isUrl() {
		return file == null;
	}
}
