/**
 * Jobs: one configuration class per runnable job wiring source → normalize → store →
 * sinks, and what launches them.
 */
package dev.reviewbatch.job;
