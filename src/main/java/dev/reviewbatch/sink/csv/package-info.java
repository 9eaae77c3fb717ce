/**
 * Writes the store out as the clean CSV files of the output contract, and the rejects
 * file.
 */
package dev.reviewbatch.sink.csv;
