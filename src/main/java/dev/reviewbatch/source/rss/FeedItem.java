package dev.reviewbatch.source.rss;

import java.io.StringWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;

/**
 * One {@code <item>} as read: the text of each child element by qualified name (namespace
 * URI + local name, whatever prefix the feed chose), the item's XML as re-serialized for
 * the rejects file, and its 1-based position in the feed. Immutable.
 */
record FeedItem(int position, Map<QName, String> values, String raw) {

	/** The most characters of an item's XML kept as a row's {@code raw}. */
	static final int RAW_LIMIT = 2_000;

	FeedItem {
		values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
	}

	/**
	 * The child's text, stripped; null when the item has no such child or it is blank.
	 */
	String value(QName name) {
		String value = values.get(name);
		return value == null || value.isBlank() ? null : value.strip();
	}

	boolean has(QName name) {
		return value(name) != null;
	}

	/**
	 * Reads from just after {@code start} to the item's end tag; the reader is left after
	 * that tag.
	 */
	static FeedItem read(XMLEventReader reader, StartElement start, int position, XMLOutputFactory output)
			throws XMLStreamException {
		StringWriter raw = new StringWriter();
		XMLEventWriter writer = output.createXMLEventWriter(raw);
		writer.add(start);
		Map<QName, String> values = new LinkedHashMap<>();
		StringBuilder text = new StringBuilder();
		QName child = null;
		int depth = 0;
		while (true) {
			XMLEvent event = reader.nextEvent();
			writer.add(event);
			if (event.isStartElement()) {
				depth++;
				if (depth == 1) {
					child = event.asStartElement().getName();
					text.setLength(0);
				}
			}
			else if (event.isCharacters() && child != null) {
				text.append(event.asCharacters().getData());
			}
			else if (event.isEndElement()) {
				if (depth == 0) {
					break;
				}
				depth--;
				if (depth == 0) {
					values.putIfAbsent(child, text.toString());
					child = null;
				}
			}
		}
		writer.close();
		return new FeedItem(position, values, cut(raw.toString()));
	}

	private static String cut(String xml) {
		return xml.length() <= RAW_LIMIT ? xml : xml.substring(0, RAW_LIMIT) + "…";
	}
}
