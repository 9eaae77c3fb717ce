/**
 * The run summary: per input file, rows read = new + unchanged + updated + rejected, and
 * what the run changed; as text and JSON.
 */
package dev.reviewbatch.sink.summary;
