/**
 * reviewbatch: batch jobs that import film-review data into one clean store and write
 * clean files and reports.
 */
package dev.reviewbatch;
