/** Reads Letterboxd pages the user saved as HTML (diary, film grids, watchlist, film and review pages) as raw rows. */
package dev.reviewbatch.source.html;
