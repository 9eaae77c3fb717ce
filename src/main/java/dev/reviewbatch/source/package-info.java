/**
 * Sources: read inputs as they are and hand {@link dev.reviewbatch.domain.RawRow}s to
 * normalize, one sub-package per format.
 */
package dev.reviewbatch.source;
