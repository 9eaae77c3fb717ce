package dev.reviewbatch.source.csvformats;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * IMDb's {@code Title Type}, mapped leniently: old codes ({@code movie},
 * {@code tvEpisode}), current English labels ({@code Movie}, {@code TV Episode}) and
 * localized labels ({@code Film}, {@code Episodio TV}, {@code Épisode TV}, {@code Folge})
 * alike, compared without case, accents, spaces or punctuation. Anything not recognised
 * as an episode or a video game counts as a title to import (films, TV movies, shorts,
 * videos, specials, and series, which Letterboxd partly lists).
 */
enum ImdbTitleType {

	/** A film or anything else worth importing. */
	TITLE,
	/** A single episode of a series: skipped. */
	EPISODE,
	/** A video game: not a film, skipped. */
	VIDEO_GAME;

	private static final List<String> EPISODE_WORDS = List.of("episod", "folge", "aflevering", "odcinek", "jakso",
			"avsnitt");

	private static final List<String> VIDEO_GAME_WORDS = List.of("videogame", "videogioco", "videojuego", "jeuvideo",
			"videospiel", "jogoeletronico", "videospel");

	static ImdbTitleType of(String value) {
		String folded = fold(value);
		if (EPISODE_WORDS.stream().anyMatch(folded::contains)) {
			return EPISODE;
		}
		if (VIDEO_GAME_WORDS.stream().anyMatch(folded::contains)) {
			return VIDEO_GAME;
		}
		return TITLE;
	}

	private static String fold(String value) {
		String folded = Normalizer.normalize(value == null ? "" : value, Normalizer.Form.NFKD);
		return folded.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
	}

}
