/**
 * The clean review model every stage speaks: small immutable records with no Spring and
 * no I/O.
 */
package dev.reviewbatch.domain;
