/**
 * Turns raw strings into clean domain values: titles, years, dates, ratings, flags, tags
 * and review text.
 */
package dev.reviewbatch.normalize;
