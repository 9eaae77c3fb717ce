/**
 * Reads Letterboxd pages the user saved as HTML (diary, film grids, watchlist, film,
 * review, list and filmography pages) as raw rows.
 */
package dev.reviewbatch.source.html;
