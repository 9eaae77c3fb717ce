package dev.reviewbatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class FilmTests {

	@Test
	void years_from1870To2200_inclusive() {
		assertThat(Film.YEARS.first()).isEqualTo(1870);
		assertThat(Film.YEARS.last()).isEqualTo(2200);
		assertThat(Film.YEARS.contains(1870)).isTrue();
		assertThat(Film.YEARS.contains(2200)).isTrue();
		assertThat(Film.YEARS.contains(1869)).isFalse();
		assertThat(Film.YEARS.contains(2201)).isFalse();
	}

	@Test
	void film_yearOutsideYears_rejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Film("Heat", 1869))
			.withMessage("implausible release year 1869");
		assertThat(new Film("Heat", 1995).key()).isEqualTo("heat:1995");
	}

}
