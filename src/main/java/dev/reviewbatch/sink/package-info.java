/**
 * Sinks: what leaves the store for people and other tools (clean CSV files, run
 * summaries), one sub-package per format.
 */
package dev.reviewbatch.sink;
