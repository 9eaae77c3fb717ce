package dev.reviewbatch.sink;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The store as one account sees it, for that account's clean files and report: every
 * table of account rows their SQL names ({@code FROM viewing v},
 * {@code JOIN current_rating r} …) is read as the account's rows only
 * ({@code (SELECT * FROM viewing WHERE account = 'x')
 * v}), the runs and their files and rejects as the account's runs; films stay whole (a
 * film row belongs to no account). Rewrites the SQL text of each statement prepared or
 * executed through it, so the queries stay written once (the clean files' in
 * {@code sink.csv}, the report's in {@code sink.report}). The account name is inlined: it
 * must be a Letterboxd username (letters, digits, {@code _ . -}), which is checked.
 */
public final class AccountScope {

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

	private static final Pattern TABLE = Pattern
		.compile("\\b(FROM|JOIN)\\s+(viewing|current_rating|film_mark|rating_event|list_entry|link_like|film_list|"
				+ "import_run|run_file|reject)\\b(\\s+(?!WHERE\\b|JOIN\\b|ON\\b|GROUP\\b|ORDER\\b|LEFT\\b|INNER\\b"
				+ "|UNION\\b|FETCH\\b|AS\\b)([a-z]\\w*))?");

	private AccountScope() {
	}

	/** The store {@code store} as {@code account} sees it. */
	public static DataSource of(DataSource store, String account) {
		if (!USERNAME.matcher(account).matches()) {
			throw new IllegalArgumentException("'" + account + "' is not an account name");
		}
		return new DelegatingDataSource(store) {
			@Override
			public Connection getConnection() throws SQLException {
				return scoped(Connection.class, super.getConnection(), account);
			}

			@Override
			public Connection getConnection(String username, String password) throws SQLException {
				return scoped(Connection.class, super.getConnection(username, password), account);
			}
		};
	}

	/** {@code sql} with every account table narrowed to {@code account}'s rows. */
	static String narrow(String sql, String account) {
		Matcher table = TABLE.matcher(sql);
		StringBuilder narrowed = new StringBuilder();
		while (table.find()) {
			String name = table.group(2);
			String alias = table.group(4) != null ? table.group(4) : name;
			String rows = switch (name) {
				case "run_file", "reject" ->
					"run_id IN (SELECT run_id FROM import_run WHERE account = '" + account + "')";
				default -> "account = '" + account + "'";
			};
			table.appendReplacement(narrowed, Matcher
				.quoteReplacement(table.group(1) + " (SELECT * FROM " + name + " WHERE " + rows + ") " + alias));
		}
		table.appendTail(narrowed);
		return narrowed.toString();
	}

	/**
	 * A connection (or statement) whose SQL-taking methods see the narrowed SQL; the
	 * statements it creates are narrowed too.
	 */
	private static <T> T scoped(Class<T> type, T target, String account) {
		InvocationHandler handler = (proxy, method, args) -> {
			Object[] narrowedArgs = args;
			if (args != null && args.length > 0 && args[0] instanceof String sql && takesSql(method)) {
				narrowedArgs = args.clone();
				narrowedArgs[0] = narrow(sql, account);
			}
			try {
				Object result = method.invoke(target, narrowedArgs);
				if (result instanceof Statement statement && method.getReturnType() == Statement.class) {
					return scoped(Statement.class, statement, account);
				}
				return result;
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		};
		return type.cast(Proxy.newProxyInstance(AccountScope.class.getClassLoader(), new Class<?>[] { type }, handler));
	}

	private static boolean takesSql(Method method) {
		return switch (method.getName()) {
			case "prepareStatement", "prepareCall", "execute", "executeQuery", "executeUpdate", "addBatch",
					"nativeSQL" ->
				true;
			default -> false;
		};
	}

}
