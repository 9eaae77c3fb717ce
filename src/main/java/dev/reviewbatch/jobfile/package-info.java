/**
 * The {@code jobs/} folder: one YAML descriptor per runnable job, and the scheduler that
 * decides when each runs.
 */
package dev.reviewbatch.jobfile;
