package dev.reviewbatch.domain;

/**
 * What normalize hands to the store for one raw row: a clean record of one kind, or a
 * rejection. Every item knows its account and where it came from.
 */
public sealed interface ImportItem
		permits Viewing, CurrentRating, FilmMark, LinkLike, FilmList, ListEntry, Comment, Profile, Rejection {

	Provenance from();

}
