import java.io.File;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Random;

/**
 * What an H2 file store can do at best for a first import (issue 12): inserts N viewing-like rows in batches of
 * 5,000, committing each batch as the import step does, under several key and index layouts, and prints the load
 * time, the time to build the indexes afterwards where the layout defers them, and the file size. No reviewbatch
 * code runs: these are floors for the store design, not figures of the application.
 *
 * Layouts (keys arrive in random order, as boxd.it URIs and film titles do; ids in increasing order):
 *   seq-id            BIGINT id primary key in insert order, nothing else
 *   seq-id+hash-idx   the same with a unique index on a 64-bit URI hash and an index on a 64-bit film hash
 *   seq-id,hash-after the same two indexes built after the load
 *   text-pk+idx       VARCHAR URI primary key with (film key) and (account, film key, date) indexes (today's viewing)
 *   text-pk,idx-after the VARCHAR primary key during the load, the two indexes built after it
 *   text,all-after    no key during the load; primary key and both indexes built after it
 *
 * usage: java -cp h2.jar bench/H2Floor.java ROWS DIR [LAYOUT ...]   (bench/h2-floor.sh finds the jar)
 */
public class H2Floor {

	record Layout(String name, boolean text, List<String> during, List<String> after) {
	}

	static final List<Layout> LAYOUTS = List.of(new Layout("seq-id", false, List.of(), List.of()),
			new Layout("seq-id+hash-idx", false,
					List.of("CREATE UNIQUE INDEX v_uri ON viewing (uri_hash)", "CREATE INDEX v_film ON viewing (film_id)"),
					List.of()),
			new Layout("seq-id,hash-after", false, List.of(),
					List.of("CREATE UNIQUE INDEX v_uri ON viewing (uri_hash)", "CREATE INDEX v_film ON viewing (film_id)")),
			new Layout("text-pk+idx", true,
					List.of("ALTER TABLE viewing ADD PRIMARY KEY (row_key)", "CREATE INDEX v_film ON viewing (film_key)",
							"CREATE INDEX v_nat ON viewing (account, film_key, watched_date)"),
					List.of()),
			new Layout("text-pk,idx-after", true, List.of("ALTER TABLE viewing ADD PRIMARY KEY (row_key)"),
					List.of("CREATE INDEX v_film ON viewing (film_key)",
							"CREATE INDEX v_nat ON viewing (account, film_key, watched_date)")),
			new Layout("text,all-after", true, List.of(),
					List.of("ALTER TABLE viewing ADD PRIMARY KEY (row_key)", "CREATE INDEX v_film ON viewing (film_key)",
							"CREATE INDEX v_nat ON viewing (account, film_key, watched_date)")));

	public static void main(String[] args) throws Exception {
		int rows = Integer.parseInt(args[0]);
		File dir = new File(args[1]);
		dir.mkdirs();
		List<String> chosen = args.length > 2 ? List.of(args).subList(2, args.length) : null;
		System.out.printf("%-18s %8s %9s %9s %9s %8s%n", "layout", "rows", "load_s", "index_s", "total_s", "file_MiB");
		for (Layout layout : LAYOUTS) {
			if (chosen == null || chosen.contains(layout.name())) {
				run(layout, rows, dir);
			}
		}
	}

	static void run(Layout layout, int rows, File dir) throws Exception {
		File db = new File(dir, layout.name().replaceAll("[^a-z0-9-]", "_"));
		new File(db.getPath() + ".mv.db").delete();
		try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db.getAbsolutePath());
				Statement st = c.createStatement()) {
			st.execute("SET RETENTION_TIME 1000");
			st.execute(layout.text()
					? "CREATE TABLE viewing (row_key VARCHAR(300) NOT NULL, account VARCHAR(300), film_key VARCHAR(700), "
							+ "watched_date DATE, title VARCHAR(1000), source VARCHAR(1000), source_line BIGINT, "
							+ "tags VARCHAR(4000), half_stars INTEGER, fp BIGINT)"
					: "CREATE TABLE viewing (id BIGINT PRIMARY KEY, uri_hash BIGINT, account INTEGER, film_id BIGINT, "
							+ "watched_date DATE, title VARCHAR(1000), source_id INTEGER, source_line BIGINT, "
							+ "tags VARCHAR(4000), half_stars INTEGER, fp BIGINT)");
			for (String sql : layout.during()) {
				st.execute(sql);
			}
			c.setAutoCommit(false);
			long start = System.nanoTime();
			Random random = new Random(42);
			Date watched = Date.valueOf("2011-10-01");
			try (PreparedStatement insert = c.prepareStatement(layout.text()
					? "INSERT INTO viewing VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
					: "INSERT INTO viewing VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
				for (int i = 0; i < rows; i++) {
					// unique, random-order URI codes and a film among 30,000
					String uri = "https://boxd.it/" + Long.toString((random.nextLong() & 0xfffffffL) * 1_000_003L + i, 36);
					String film = "the crimson window " + random.nextInt(30_000) + ":1962";
					int p = 1;
					if (layout.text()) {
						insert.setString(p++, uri);
						insert.setString(p++, "samplefan");
						insert.setString(p++, film);
					}
					else {
						insert.setLong(p++, i);
						insert.setLong(p++, uri.hashCode() * 0x9E3779B97F4A7C15L ^ ((long) i << 32));
						insert.setInt(p++, 1);
						insert.setLong(p++, film.hashCode() * 0x9E3779B97F4A7C15L);
					}
					insert.setDate(p++, watched);
					insert.setString(p++, "The Crimson Window");
					if (layout.text()) {
						insert.setString(p++, "diary.csv");
					}
					else {
						insert.setInt(p++, 1);
					}
					insert.setLong(p++, i + 2);
					insert.setString(p++, "cinema, plane");
					insert.setInt(p++, 1 + random.nextInt(10));
					insert.setLong(p, random.nextLong());
					insert.addBatch();
					if ((i + 1) % 5000 == 0) {
						insert.executeBatch();
						c.commit();
					}
				}
				insert.executeBatch();
				c.commit();
			}
			double load = (System.nanoTime() - start) / 1e9;
			c.setAutoCommit(true);
			long indexStart = System.nanoTime();
			for (String sql : layout.after()) {
				st.execute(sql);
			}
			double index = (System.nanoTime() - indexStart) / 1e9;
			System.out.printf("%-18s %,8d %9.2f %9.2f %9.2f %8d%n", layout.name(), rows, load, index, load + index,
					new File(db.getPath() + ".mv.db").length() >> 20);
		}
	}

}
