package dev.reviewbatch;

import org.springframework.boot.autoconfigure.SpringBootApplication;

import dev.reviewbatch.cli.ReviewBatchCli;

/** Spring Boot application for the batch jobs; {@link #main} hands the command line to {@link ReviewBatchCli}. */
@SpringBootApplication
public class ReviewBatchApplication {

	public static void main(String[] args) {
		ReviewBatchCli.main(args);
	}
}
