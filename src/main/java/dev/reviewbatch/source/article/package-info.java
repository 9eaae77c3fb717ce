/**
 * Reads any review article (a saved blog or magazine page, or plain text and Markdown) as
 * one raw review row.
 */
package dev.reviewbatch.source.article;
