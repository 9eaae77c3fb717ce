package dev.reviewbatch.sync;

import java.nio.file.Path;

/**
 * Imports one file into the store, as {@code reviewbatch import PATH} does; throws when
 * it cannot run at all.
 */
@FunctionalInterface
public interface Importer {

	ImportOutcome run(Path input) throws Exception;

}
