/**
 * Reads saved Letterboxd pages, RSS feeds (files or URLs) and review articles from a list
 * of inputs, telling each by its content.
 */
package dev.reviewbatch.source.pages;
