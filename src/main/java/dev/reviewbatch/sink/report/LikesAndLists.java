package dev.reviewbatch.sink.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Likes (liked films, with how they are rated, and liked reviews and lists) and the
 * account's lists, newest first with their number of films. Immutable.
 */
record LikesAndLists(long likedFilms, long likedReviews, long likedLists, long[] likedByRating,
		List<ReportQueries.LikedFilm> recentlyLiked, long lists, List<ReportQueries.FilmList> newestLists) {

	static final int LIKED_SHOWN = 12;

	static final int LISTS_SHOWN = 12;

	LikesAndLists {
		likedByRating = likedByRating.clone();
		recentlyLiked = List.copyOf(recentlyLiked);
		newestLists = List.copyOf(newestLists);
	}

	static LikesAndLists of(ReportQueries q) {
		long liked = q.likedFilms();
		long lists = q.lists();
		return new LikesAndLists(liked, q.likedLinks(false), q.likedLinks(true),
				liked == 0 ? new long[11] : q.likedByRating(), liked == 0 ? List.of() : q.recentlyLiked(LIKED_SHOWN),
				lists, lists == 0 ? List.of() : q.lists(LISTS_SHOWN));
	}

	/** Liked films rated {@code halfStars} (0 = not rated). */
	long liked(int halfStars) {
		return likedByRating[halfStars];
	}

	List<ReportTable> tables() {
		List<List<String>> byRating = new ArrayList<>();
		byRating.add(List.of("", Long.toString(likedByRating[0])));
		for (int halfStars = 1; halfStars <= 10; halfStars++) {
			byRating.add(List.of(Figures.stars(halfStars), Long.toString(likedByRating[halfStars])));
		}
		return List.of(
				ReportTable.of("likes", "Likes", List.of("figure", "value"),
						List.of(List.of("liked_films", Long.toString(likedFilms)),
								List.of("liked_reviews", Long.toString(likedReviews)),
								List.of("liked_lists", Long.toString(likedLists)))),
				ReportTable.of("liked_by_rating", "Liked films by their current rating", List.of("rating", "films"),
						byRating),
				ReportTable.of("recently_liked", "Recently liked films",
						List.of("film_key", "title", "year", "liked_date", "rating"),
						recentlyLiked.stream()
							.map(l -> List.of(l.film().filmKey(), l.film().title(), l.film().yearText(),
									Figures.date(l.liked()), Figures.stars(l.halfStars())))
							.toList()),
				ReportTable.of("lists", "Lists, newest first", List.of("list_name", "account", "created_date", "films"),
						newestLists.stream()
							.map(l -> List.of(l.name(), l.account(), Figures.date(l.created()),
									Long.toString(l.films())))
							.toList()));
	}
}
