/**
 * Reads a Letterboxd data export (ZIP, unpacked folder or one of its CSV files) in place,
 * file by file, as raw rows.
 */
package dev.reviewbatch.source.letterboxd;
