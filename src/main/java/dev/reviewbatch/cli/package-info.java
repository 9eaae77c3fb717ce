/**
 * The command line: subcommands, their options and exit codes; each starts the Spring
 * context only when it needs the store.
 */
package dev.reviewbatch.cli;
