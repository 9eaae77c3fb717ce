/**
 * The store: writes clean records into the database idempotently (new, unchanged or
 * updated) and keeps each run's ledger.
 */
package dev.reviewbatch.store;
