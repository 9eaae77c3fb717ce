/**
 * Progress for people: rows done of an estimated total, rate and time left, and one line
 * per later phase of a run; a leaf that uses nothing of ours, used by cli, job and sync.
 */
package dev.reviewbatch.progress;
