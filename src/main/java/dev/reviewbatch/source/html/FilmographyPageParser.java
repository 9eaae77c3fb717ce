package dev.reviewbatch.source.html;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import dev.reviewbatch.domain.Field;
import dev.reviewbatch.domain.SourceKind;

/**
 * Reads a saved filmography page (an actor's, director's or crew member's films,
 * {@code /director/<slug>/}, {@code /actor/<slug>/}, …; the 2025 {@code LazyPoster} grid
 * or the older {@code div.film-poster}) into a list whose subject is the person: one
 * {@link SourceKind#LIST} row named {@code "<Role>: <Name>"} (e.g.
 * {@code Director: Agnès Varda}), then one {@link SourceKind#LIST_ENTRY} row per film in
 * the page's order.
 * <p>
 * A filmography is nobody's list, so its rows carry no account. The role comes from the
 * address's first segment ({@link #ROLES}), the name from the page heading without its
 * "Films directed by" context, else from {@code og:title} or the title. List row:
 * {@code Name}, {@code URL} (the person's page, without sort or page suffixes),
 * {@code Description} ("Films of … as …"), {@code File}. Entry row: {@code List URL},
 * {@code Position}, {@code Name}, {@code Year} (from
 * {@code data-item-name="Title (YYYY)"}), {@code URL} (the film), {@code File}. The store
 * keeps the films and the person's list; there is no separate person record. Stateless
 * and thread-safe.
 */
public final class FilmographyPageParser extends ElementPageParser<FilmographyPageParser.Filmography> {

	/** Address segment → role as named in the list's name. */
	static final Map<String, String> ROLES = roles();

	static final String POSTERS = FilmGridParser.POSTERS;

	static final String HEADING = "h1.title-1, h1";

	static final String HEADING_CONTEXT = ".context";

	/** "Films directed by Agnès Varda • Letterboxd" → "Agnès Varda". */
	static final Pattern TITLE_NAME = Pattern.compile(
			"^(?:(?:Films|Movies|TV)\\s+(?:starring|with|featuring|[\\p{L} -]*?\\bby)\\s+)?(.+?)(?:\\s+[•|–-]\\s+Letterboxd)?$",
			Pattern.CASE_INSENSITIVE);

	static final Pattern PERSON_URL = Pattern.compile("^(https?://(?:www\\.)?letterboxd\\.com/([a-z-]+)/[^/]+/)");

	/** The filmography's file name, address, role (from the address) and person. */
	record Filmography(String file, String url, String role, String person) {
	}

	public FilmographyPageParser() {
		super(PageKind.FILMOGRAPHY, "film ");
	}

	@Override
	Filmography page(Document page, String source) {
		String url = personUrl(page);
		return new Filmography(ListPageParser.fileName(source), url, role(url), person(page));
	}

	@Override
	List<Element> elements(Document page) {
		return page.select(POSTERS);
	}

	/** The filmography as a list of its own. */
	@Override
	void pageRows(Filmography films, Document page, Rows rows) {
		String person = films.person();
		Map<Field, String> list = new EnumMap<>(Field.class);
		PageSupport.putIfPresent(list, Field.NAME, person == null ? null : films.role() + ": " + person);
		PageSupport.putIfPresent(list, Field.URL, films.url());
		PageSupport.putIfPresent(list, Field.DESCRIPTION, person == null ? null : "Films of " + person + " as "
				+ films.role().toLowerCase(Locale.ROOT) + ", from a saved Letterboxd filmography page");
		list.put(Field.FILE, films.file());
		rows.add(SourceKind.LIST, "", "filmography", list, page.head());
	}

	@Override
	void elementRows(Filmography films, Element poster, int position, Rows rows) {
		Map<Field, String> fields = new EnumMap<>(Field.class);
		PageSupport.TitleAndYear title = PosterFields.title(poster);
		PageSupport.putIfPresent(fields, Field.LIST_URL, films.url());
		fields.put(Field.POSITION, Integer.toString(position));
		PageSupport.putIfPresent(fields, Field.NAME, title.title());
		PageSupport.putIfPresent(fields, Field.YEAR, title.year());
		PageSupport.putIfPresent(fields, Field.URL, PosterFields.link(poster));
		fields.put(Field.FILE, films.file());
		rows.add(SourceKind.LIST_ENTRY, "", place(position), fields, poster);
	}

	/** The person's name: the heading without its context words, else the title's. */
	static String person(Document page) {
		Element heading = page.selectFirst(HEADING);
		if (heading != null) {
			Element copy = heading.clone();
			copy.select(HEADING_CONTEXT).remove();
			String name = PageSupport.text(copy);
			if (name != null) {
				return name;
			}
		}
		String title = PageSupport.meta(page, PageSupport.OG_TITLE);
		if (title == null) {
			title = page.title().strip();
		}
		Matcher matcher = TITLE_NAME.matcher(title);
		return matcher.matches() && !matcher.group(1).isBlank() ? matcher.group(1).strip() : null;
	}

	private static String personUrl(Document page) {
		String url = PageSupport.pageUrl(page);
		if (url == null) {
			return null;
		}
		Matcher matcher = PERSON_URL.matcher(url);
		return matcher.find() ? matcher.group(1) : url;
	}

	/**
	 * The role named by the address ({@code /director/…} → {@code Director});
	 * {@code Person} when it names none.
	 */
	static String role(String url) {
		Matcher matcher = url == null ? null : PERSON_URL.matcher(url);
		if (matcher != null && matcher.find() && ROLES.containsKey(matcher.group(2))) {
			return ROLES.get(matcher.group(2));
		}
		return "Person";
	}

	private static Map<String, String> roles() {
		Map<String, String> roles = new LinkedHashMap<>();
		for (String segment : List.of("actor", "director", "co-director", "producer", "executive-producer", "writer",
				"original-writer", "story", "editor", "cinematography", "additional-photography", "composer", "songs",
				"sound", "casting", "production-design", "art-direction", "set-decoration", "costume-design", "makeup",
				"hairstyling", "visual-effects", "special-effects", "stunts", "choreography", "lighting",
				"camera-operator", "title-design", "assistant-director")) {
			String words = segment.replace('-', ' ');
			roles.put(segment, Character.toUpperCase(words.charAt(0)) + words.substring(1));
		}
		return Map.copyOf(roles);
	}

}
