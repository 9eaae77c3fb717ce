package dev.reviewbatch.accounts;

import java.nio.file.Path;
import java.util.List;

/**
 * One account of a multi-account run: its name (the Letterboxd username its exports and
 * feed are stored under), its folder, and its inputs in import order (paths and feed
 * URLs). Immutable.
 */
public record Account(String name, Path folder, List<String> inputs) {

	public Account {
		inputs = List.copyOf(inputs);
	}

}
