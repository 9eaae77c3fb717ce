package dev.reviewbatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Issue 16: the plausible release years are decided once, in {@link Film#YEARS}. */
class FilmTests {

	@Test
	void years_are1870To2200Inclusive() {
		assertThat(Film.YEARS.first()).isEqualTo(1870);
		assertThat(Film.YEARS.last()).isEqualTo(2200);
		assertThat(Film.YEARS).hasToString("1870 to 2200");
	}

	@Test
	void constructor_yearAtEitherEnd_isAccepted() {
		assertThat(new Film("Roundhay Garden Scene", 1870).year()).isEqualTo(1870);
		assertThat(new Film("Far Future", 2200).year()).isEqualTo(2200);
		assertThat(new Film("Unreleased", null).year()).isNull();
	}

	@Test
	void constructor_yearOutsideTheRange_isRefused() {
		assertThatThrownBy(() -> new Film("Too Early", 1869)).hasMessage("implausible release year 1869");
		assertThatThrownBy(() -> new Film("Too Late", 2201)).hasMessage("implausible release year 2201");
	}

	@Test
	void yearRange_endBeforeStart_isRefused() {
		assertThatThrownBy(() -> new YearRange(2000, 1999)).isInstanceOf(IllegalArgumentException.class);
	}

}
