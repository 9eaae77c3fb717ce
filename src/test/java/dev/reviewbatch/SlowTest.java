package dev.reviewbatch;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * Marks a test class or method that takes more than a few seconds or needs a service (a
 * child JVM, PostgreSQL, Chromium, the shared corpus): tagged {@code slow}, so
 * {@code mvn -B verify -Pfast} leaves it out and plain {@code mvn -B verify} runs it.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag(SlowTest.TAG)
public @interface SlowTest {

	String TAG = "slow";

}
