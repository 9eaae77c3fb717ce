/**
 * Writes {@code reports/} from the store: the figures people want to look at, as a page,
 * as text and as data.
 */
package dev.reviewbatch.sink.report;
