package dev.reviewbatch.store;

import java.util.ArrayList;
import java.util.List;

import dev.reviewbatch.domain.Comment;
import dev.reviewbatch.domain.CurrentRating;
import dev.reviewbatch.domain.FilmList;
import dev.reviewbatch.domain.FilmMark;
import dev.reviewbatch.domain.ImportItem;
import dev.reviewbatch.domain.LinkLike;
import dev.reviewbatch.domain.ListEntry;
import dev.reviewbatch.domain.Profile;
import dev.reviewbatch.domain.Rejection;
import dev.reviewbatch.domain.Viewing;

/** A chunk's items sorted by kind, in their original order within each kind. */
final class ChunkItems {

	final List<Profile> profiles = new ArrayList<>();

	final List<Viewing> viewings = new ArrayList<>();

	final List<CurrentRating> currentRatings = new ArrayList<>();

	final List<FilmMark> marks = new ArrayList<>();

	final List<LinkLike> likes = new ArrayList<>();

	final List<FilmList> lists = new ArrayList<>();

	final List<ListEntry> listEntries = new ArrayList<>();

	final List<Comment> comments = new ArrayList<>();

	final List<Rejection> rejections = new ArrayList<>();

	static ChunkItems of(List<? extends ImportItem> items) {
		ChunkItems sorted = new ChunkItems();
		for (ImportItem item : items) {
			sorted.add(item);
		}
		return sorted;
	}

	private void add(ImportItem item) {
		if (item instanceof Viewing v) {
			viewings.add(v);
		}
		else if (item instanceof CurrentRating r) {
			currentRatings.add(r);
		}
		else if (item instanceof FilmMark m) {
			marks.add(m);
		}
		else if (item instanceof LinkLike l) {
			likes.add(l);
		}
		else if (item instanceof FilmList l) {
			lists.add(l);
		}
		else if (item instanceof ListEntry e) {
			listEntries.add(e);
		}
		else if (item instanceof Comment c) {
			comments.add(c);
		}
		else if (item instanceof Profile p) {
			profiles.add(p);
		}
		else if (item instanceof Rejection r) {
			rejections.add(r);
		}
	}

	List<FilmTable.Mention> filmMentions() {
		List<FilmTable.Mention> mentions = new ArrayList<>();
		viewings.forEach(v -> mentions.add(new FilmTable.Mention(v.film(), null, v.from())));
		currentRatings.forEach(r -> mentions.add(new FilmTable.Mention(r.film(), r.filmUri(), r.from())));
		marks.forEach(m -> mentions.add(new FilmTable.Mention(m.film(), m.filmUri(), m.from())));
		listEntries.forEach(e -> mentions.add(new FilmTable.Mention(e.film(), e.filmUri(), e.from())));
		return mentions;
	}

}
