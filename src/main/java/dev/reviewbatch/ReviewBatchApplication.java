package dev.reviewbatch;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Spring Boot entry point for the batch jobs; the command line lives in {@code cli}. */
@SpringBootApplication
public class ReviewBatchApplication {
}
