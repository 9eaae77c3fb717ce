/**
 * Reads single CSV files of other formats (Letterboxd's import format, IMDb's ratings
 * export) as raw rows, and checks import-format files before upload.
 */
package dev.reviewbatch.source.csvformats;
