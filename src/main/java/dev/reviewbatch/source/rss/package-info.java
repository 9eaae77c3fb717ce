/**
 * Reads a Letterboxd RSS feed (a file or fetched text) as raw diary rows, skipping its
 * list items.
 */
package dev.reviewbatch.source.rss;
