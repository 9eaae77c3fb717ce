package dev.reviewbatch.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;

import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Test-only hook, off by default: with the system property
 * {@code reviewbatch.test.pauseAfterChunks=N} (N &gt; 0) the import step, once it has
 * written its Nth chunk, prints the line {@code reviewbatch-test: paused after N chunks}
 * on stderr and waits until its standard input ends, holding the store lock with N-1
 * chunks surely committed (the Nth is in its transaction). The restart tests start the
 * CLI as a child JVM with it, so they kill it or run a second import against it at a
 * known point instead of hoping it is still running. Users never set it.
 */
final class TestPause implements ChunkListener<Object, Object> {

	static final String PROPERTY = "reviewbatch.test.pauseAfterChunks";

	static final String SIGNAL = "reviewbatch-test: paused after %d chunks";

	private final int pauseAfter = Integer.getInteger(PROPERTY, 0);

	private final PrintStream err = System.err;

	private final InputStream release = System.in;

	private int chunks;

	@Override
	public void afterChunk(Chunk<Object> chunk) {
		if (pauseAfter > 0 && ++chunks == pauseAfter) {
			err.println();
			err.println(SIGNAL.formatted(chunks));
			err.flush();
			try {
				while (release.read() >= 0) {
					// wait for end of input: the test closes the child's stdin to let it
					// go on
				}
			}
			catch (IOException ex) {
				// stdin gone: go on
			}
		}
	}

}
