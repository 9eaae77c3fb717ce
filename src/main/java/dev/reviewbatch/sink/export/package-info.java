/**
 * Writes the store back out: Letterboxd import-format CSV files, and a full dump of every
 * table as CSV or JSONL (schemas in {@code docs/export-schemas.md}).
 */
package dev.reviewbatch.sink.export;
