package dev.reviewbatch.source.rss;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.namespace.QName;
import javax.xml.stream.Location;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.DTD;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;

/**
 * Reads a Letterboxd RSS feed, from a stream or text, into raw diary rows; list items are
 * counted and skipped. It does no HTTP: the caller opens the file or fetches the URL and
 * names it as {@code source}.
 * <p>
 * Read with the JDK's StAX rather than jsoup's lenient XML parser, because StAX matches
 * the {@code letterboxd:*} and {@code tmdb:*} elements by namespace URI whatever prefix a
 * feed declares, and because it is strict: a feed cut off mid-download or otherwise
 * malformed fails with its line and column instead of quietly yielding the items before
 * the break. DTDs and external entities are off, and a feed that declares a DTD
 * ({@code <!DOCTYPE …>}: the carrier of XXE and entity-expansion attacks) is refused
 * saying so.
 * <p>
 * Errors: {@link NotAFeedException} (source and reason) for anything that is not a
 * complete, well-formed RSS document; then no rows are returned at all. An
 * {@link IOException} of the stream itself is passed on. Each call uses its own StAX
 * factories, so one instance may serve several threads.
 */
public final class FeedParser {

	/**
	 * The feed's rows; {@code source} (a file path or URL) names it in every row's
	 * provenance and in errors.
	 */
	public FeedParseResult parse(InputStream feed, String source) throws IOException {
		try {
			return read(inputFactory().createXMLEventReader(feed), source);
		}
		catch (XMLStreamException ex) {
			if (ex.getNestedException() instanceof IOException io) {
				throw io;
			}
			throw notAFeed(source, ex);
		}
	}

	/** As {@link #parse(InputStream, String)}, for a feed already read into text. */
	public FeedParseResult parse(String feed, String source) throws NotAFeedException {
		try {
			return read(inputFactory().createXMLEventReader(new StringReader(feed)), source);
		}
		catch (XMLStreamException ex) {
			throw notAFeed(source, ex);
		}
	}

	private static FeedParseResult read(XMLEventReader reader, String source)
			throws XMLStreamException, NotAFeedException {
		requireRssRoot(reader, source);
		String channelTitle = null;
		String channelLink = null;
		boolean channelSeen = false;
		List<FeedItem> items = new ArrayList<>();
		XMLOutputFactory output = XMLOutputFactory.newFactory();
		while (reader.hasNext()) {
			XMLEvent event = reader.nextEvent();
			if (!event.isStartElement()) {
				continue;
			}
			StartElement start = event.asStartElement();
			QName name = start.getName();
			if (name.equals(FeedElements.CHANNEL)) {
				channelSeen = true;
			}
			else if (name.equals(FeedElements.ITEM)) {
				items.add(FeedItem.read(reader, start, items.size() + 1, output));
			}
			else if (name.equals(FeedElements.TITLE) && channelTitle == null) {
				channelTitle = reader.getElementText().strip();
			}
			else if (name.equals(FeedElements.LINK) && channelLink == null) {
				channelLink = reader.getElementText().strip();
			}
		}
		if (!channelSeen) {
			throw new NotAFeedException(source, "an <rss> document without a <channel>");
		}
		return FeedItemRows.of(items, source, channelTitle, channelLink);
	}

	/** The first element must be RSS's {@code <rss>}; says what it was otherwise. */
	private static void requireRssRoot(XMLEventReader reader, String source)
			throws XMLStreamException, NotAFeedException {
		while (reader.hasNext()) {
			XMLEvent event = reader.nextEvent();
			if (event.getEventType() == XMLStreamConstants.DTD && !isHtmlDoctype((DTD) event)) {
				throw new NotAFeedException(source, "it declares a DTD (<!DOCTYPE …>); DTDs are refused in feeds, "
						+ "because they can read files or expand entities without end");
			}
			if (event.isStartElement()) {
				QName root = event.asStartElement().getName();
				if (!root.equals(FeedElements.RSS)) {
					throw new NotAFeedException(source, describeRoot(root));
				}
				return;
			}
		}
		throw new NotAFeedException(source, "the document is empty");
	}

	/**
	 * {@code <!DOCTYPE html …>}: an HTML page, named as such by its root element below.
	 */
	private static boolean isHtmlDoctype(DTD dtd) {
		return dtd.getDocumentTypeDeclaration().regionMatches(true, 0, "<!DOCTYPE html", 0, "<!DOCTYPE html".length());
	}

	private static String describeRoot(QName root) {
		String name = root.getLocalPart();
		if (name.equalsIgnoreCase("html")) {
			return "it is an HTML page (root element <html>), not an RSS feed";
		}
		if (name.equals("feed")) {
			return "it is an Atom feed (root element <feed>), not RSS";
		}
		return "its root element is <" + name + ">, not <rss>";
	}

	private static NotAFeedException notAFeed(String source, XMLStreamException ex) {
		Location at = ex.getLocation();
		String where = at == null ? "" : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
		return new NotAFeedException(source, "not well-formed XML (truncated or not XML?)" + where + ": " + detail(ex),
				ex);
	}

	/**
	 * The parser's own reason, without the "ParseError at [row,col]" preamble the JDK
	 * puts before it.
	 */
	private static String detail(XMLStreamException ex) {
		String message = String.valueOf(ex.getMessage());
		int start = message.indexOf("Message: ");
		return (start >= 0 ? message.substring(start + "Message: ".length()) : message).strip();
	}

	private static XMLInputFactory inputFactory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		return factory;
	}

}
