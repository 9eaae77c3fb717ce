package dev.reviewbatch.store;

/** What storing one row did. Every row read ends in exactly one outcome. */
public enum Outcome {

	NEW, UNCHANGED, UPDATED, REJECTED

}
