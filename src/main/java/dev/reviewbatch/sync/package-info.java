/**
 * The nightly sync job: new feed items and files dropped in the inbox imported once each,
 * and what changed since the last sync.
 */
package dev.reviewbatch.sync;
