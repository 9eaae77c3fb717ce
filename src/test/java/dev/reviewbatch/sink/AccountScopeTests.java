package dev.reviewbatch.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * One account's report reads the account's rows: each account table narrowed, films
 * whole.
 */
class AccountScopeTests {

	@Test
	void accountTables_withOrWithoutAlias_areNarrowed_filmsAreNot() {
		assertThat(AccountScope.narrow(
				"SELECT COUNT(*) FROM viewing v JOIN film f ON f.film_key = v.film_key " + "WHERE v.state = 'LIVE'",
				"alice"))
			.isEqualTo("SELECT COUNT(*) FROM (SELECT * FROM viewing WHERE account = 'alice') v JOIN film f "
					+ "ON f.film_key = v.film_key WHERE v.state = 'LIVE'");
		assertThat(AccountScope.narrow("SELECT MAX(run_id) FROM import_run", "alice"))
			.isEqualTo("SELECT MAX(run_id) FROM (SELECT * FROM import_run WHERE account = 'alice') import_run");
		assertThat(AccountScope.narrow("SELECT source FROM reject WHERE run_id = 3", "bob"))
			.isEqualTo("SELECT source FROM (SELECT * FROM reject WHERE run_id IN (SELECT run_id FROM import_run "
					+ "WHERE account = 'bob')) reject WHERE run_id = 3");
		assertThat(AccountScope.narrow("SELECT COUNT(*) FROM film", "bob")).isEqualTo("SELECT COUNT(*) FROM film");
	}

	@Test
	void aNameThatIsNotAUsername_isRefused() {
		assertThatThrownBy(() -> AccountScope.of(null, "x' OR '1'='1")).isInstanceOf(IllegalArgumentException.class);
	}

}
