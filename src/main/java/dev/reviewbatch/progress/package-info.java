/**
 * Progress for people: rows done of an estimated total, rate and time left, and one line
 * per later phase of a run.
 */
package dev.reviewbatch.progress;
