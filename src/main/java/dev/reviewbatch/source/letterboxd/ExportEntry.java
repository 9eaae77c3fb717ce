package dev.reviewbatch.source.letterboxd;

import dev.reviewbatch.domain.EntryState;

/**
 * One CSV file of an export: its {@code /}-separated path relative to the export root
 * (the name used in rejects and summaries), what it holds, whether it is live, deleted or
 * orphaned, and its size in bytes (-1 if unknown).
 */
public record ExportEntry(String path, ExportFile file, EntryState state, long size) {
}
