-- reviewbatch store, version 1 (Flyway migration; a store without Flyway's history table was written by an earlier
-- version and is refused, see store/StoreSchema). Portable between H2 2.x and PostgreSQL 15: no reserved words as
-- names (YEAR, DATE, VALUE, KEY). Text without a natural length limit (reviews, notes, descriptions, comments, the
-- raw text of a reject) is VARCHAR without a length: unbounded on PostgreSQL, 10^9 characters on H2.

CREATE TABLE IF NOT EXISTS film (
    film_key        VARCHAR(700) PRIMARY KEY,
    title           VARCHAR(1000) NOT NULL,
    release_year    INTEGER,
    letterboxd_uri  VARCHAR(300),
    source          VARCHAR(1000) NOT NULL,
    source_line     BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS account (
    row_key         VARCHAR(300) PRIMARY KEY,
    username        VARCHAR(300) NOT NULL,
    joined_date     DATE,
    state           VARCHAR(16) NOT NULL,
    fp              BIGINT NOT NULL,
    source          VARCHAR(1000) NOT NULL,
    source_line     BIGINT NOT NULL,
    last_seen_run   BIGINT NOT NULL
);

-- A diary entry or review. row_key is the viewing's boxd.it URI, or a content hash when the URI is blank.
CREATE TABLE IF NOT EXISTS viewing (
    row_key         VARCHAR(300) PRIMARY KEY,
    account         VARCHAR(300) NOT NULL,
    film_key        VARCHAR(700) NOT NULL,
    watched_date    DATE,
    logged_date     DATE,
    half_stars      INTEGER,
    rewatch         BOOLEAN NOT NULL,
    tags            VARCHAR(4000),
    letterboxd_uri  VARCHAR(300),
    in_diary        BOOLEAN NOT NULL,
    review_raw      VARCHAR,
    review_text     VARCHAR,
    state           VARCHAR(16) NOT NULL,
    entry_fp        BIGINT NOT NULL,
    review_fp       BIGINT,
    source          VARCHAR(1000) NOT NULL,
    source_line     BIGINT NOT NULL,
    review_source   VARCHAR(1000),
    review_line     BIGINT,
    first_run       BIGINT NOT NULL,
    last_seen_run   BIGINT NOT NULL,
    -- true while the row's entry comes from a feed or saved page; a CSV row of the same viewing takes it over
    secondary       BOOLEAN DEFAULT FALSE NOT NULL,
    -- where the rating came from when not from the entry's own source (a feed or page filled it)
    rating_source   VARCHAR(1000),
    liked           BOOLEAN,
    spoilers        BOOLEAN,
    tmdb_id         VARCHAR(40),
    review_title    VARCHAR(1000),
    details_source  VARCHAR(1000)
);
CREATE INDEX IF NOT EXISTS viewing_film ON viewing (film_key);
-- no index on last_seen_run: every import touches it for every row it sees again
-- the same viewing from several sources is matched on account, film and watched date (and the gone-marking
-- filters on account)
CREATE INDEX IF NOT EXISTS viewing_natural ON viewing (account, film_key, watched_date);

-- Every rating observation: a diary viewing's rating at its date, a current rating at its rated date.
-- Never marked gone, so last_seen_run is the last run that wrote the row, not the last that saw it.
CREATE TABLE IF NOT EXISTS rating_event (
    row_key         VARCHAR(1200) PRIMARY KEY,
    account         VARCHAR(300) NOT NULL,
    film_key        VARCHAR(700) NOT NULL,
    event_date      DATE,
    half_stars      INTEGER NOT NULL,
    origin          VARCHAR(32) NOT NULL,
    -- orders observations of one date: a review's earlier rating statements (negative) before its final one (0)
    seq             INTEGER DEFAULT 0 NOT NULL,
    state           VARCHAR(16) NOT NULL,
    fp              BIGINT NOT NULL,
    source          VARCHAR(1000) NOT NULL,
    source_line     BIGINT NOT NULL,
    last_seen_run   BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS rating_event_film ON rating_event (film_key, event_date);

CREATE TABLE IF NOT EXISTS current_rating (
    row_key         VARCHAR(1200) PRIMARY KEY,
    account         VARCHAR(300) NOT NULL,
    film_key        VARCHAR(700) NOT NULL,
    half_stars      INTEGER NOT NULL,
    rated_date      DATE,
    letterboxd_uri  VARCHAR(300),
    state           VARCHAR(16) NOT NULL,
    fp              BIGINT NOT NULL,
    source          VARCHAR(1000) NOT NULL,
    source_line     BIGINT NOT NULL,
    last_seen_run   BIGINT NOT NULL
);

-- watched, watchlist and liked films; keyed by account, kind and the film URI (else the film key).
CREATE TABLE IF NOT EXISTS film_mark (
    row_key         VARCHAR(1200) PRIMARY KEY,
    account         VARCHAR(300) NOT NULL,
    kind            VARCHAR(16) NOT NULL,
    film_key        VARCHAR(700) NOT NULL,
    mark_date       DATE,
    letterboxd_uri  VARCHAR(300),
    state           VARCHAR(16) NOT NULL,
    fp              BIGINT NOT NULL,
    source          VARCHAR(1000) NOT NULL,
    source_line     BIGINT NOT NULL,
    last_seen_run   BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS link_like (
    row_key         VARCHAR(700) PRIMARY KEY,
    account         VARCHAR(300) NOT NULL,
    target          VARCHAR(300) NOT NULL,
    like_date       DATE,
    state           VARCHAR(16) NOT NULL,
    fp              BIGINT NOT NULL,
    source          VARCHAR(1000) NOT NULL,
    source_line     BIGINT NOT NULL,
    last_seen_run   BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS film_list (
    row_key         VARCHAR(1200) PRIMARY KEY,
    account         VARCHAR(300) NOT NULL,
    name            VARCHAR(1000) NOT NULL,
    tags            VARCHAR(4000),
    letterboxd_uri  VARCHAR(300),
    description     VARCHAR,
    list_date       DATE,
    state           VARCHAR(16) NOT NULL,
    fp              BIGINT NOT NULL,
    source          VARCHAR(1000) NOT NULL,
    source_line     BIGINT NOT NULL,
    last_seen_run   BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS list_entry (
    row_key         VARCHAR(1300) PRIMARY KEY,
    list_key        VARCHAR(1200) NOT NULL,
    list_position   INTEGER NOT NULL,
    account         VARCHAR(300) NOT NULL,
    film_key        VARCHAR(700) NOT NULL,
    letterboxd_uri  VARCHAR(300),
    notes           VARCHAR,
    state           VARCHAR(16) NOT NULL,
    fp              BIGINT NOT NULL,
    source          VARCHAR(1000) NOT NULL,
    source_line     BIGINT NOT NULL,
    last_seen_run   BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS user_comment (
    row_key         VARCHAR(64) PRIMARY KEY,
    account         VARCHAR(300) NOT NULL,
    comment_date    DATE,
    target          VARCHAR(300) NOT NULL,
    body            VARCHAR NOT NULL,
    state           VARCHAR(16) NOT NULL,
    fp              BIGINT NOT NULL,
    source          VARCHAR(1000) NOT NULL,
    source_line     BIGINT NOT NULL,
    last_seen_run   BIGINT NOT NULL
);

-- One row per import run (run_id = the Spring Batch job instance id, stable across restarts).
CREATE TABLE IF NOT EXISTS import_run (
    run_id          BIGINT PRIMARY KEY,
    input           VARCHAR(2000) NOT NULL,
    account         VARCHAR(300),
    complete_export BOOLEAN NOT NULL,
    ignored_files   VARCHAR(4000),
    started_at      TIMESTAMP NOT NULL,
    -- true once every row is stored and gone entries are marked: the run's files can be carried by a later run
    finished        BOOLEAN DEFAULT FALSE NOT NULL
);
CREATE INDEX IF NOT EXISTS import_run_account ON import_run (account, run_id);

-- Per input file of a run: rows read = new + unchanged + updated + rejected. Written in each chunk's transaction,
-- so it is also the restart position.
CREATE TABLE IF NOT EXISTS run_file (
    run_id          BIGINT NOT NULL,
    source          VARCHAR(1000) NOT NULL,
    file_order      INTEGER NOT NULL,
    rows_read       BIGINT NOT NULL,
    rows_new        BIGINT NOT NULL,
    rows_unchanged  BIGINT NOT NULL,
    rows_updated    BIGINT NOT NULL,
    rows_rejected   BIGINT NOT NULL,
    -- true when the file was refused as a whole: it says nothing about which entries are gone
    refused         BOOLEAN DEFAULT FALSE NOT NULL,
    -- SHA-256 of the file's bytes (Letterboxd exports); null when unknown
    sha256          VARCHAR(64),
    -- the earlier run whose counts this file carries: the same bytes as the account's latest import, not re-read
    carried_from    BIGINT,
    PRIMARY KEY (run_id, source)
);


-- What a run changed beyond adding rows: rating changes, edited reviews, entries gone since the last export.
CREATE TABLE IF NOT EXISTS run_change (
    change_id       BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    run_id          BIGINT NOT NULL,
    category        VARCHAR(32) NOT NULL,
    subject         VARCHAR(1200) NOT NULL,
    detail          VARCHAR(2000),
    source          VARCHAR(1000),
    source_line     BIGINT
);
CREATE INDEX IF NOT EXISTS run_change_run ON run_change (run_id, category);

CREATE TABLE IF NOT EXISTS reject (
    reject_id       BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    run_id          BIGINT NOT NULL,
    source          VARCHAR(1000) NOT NULL,
    source_line     BIGINT NOT NULL,
    reason          VARCHAR(2000) NOT NULL,
    raw             VARCHAR
);
CREATE INDEX IF NOT EXISTS reject_run ON reject (run_id);

-- sync (issue 5): per feed, the validators and checksum of the last feed imported completely, and the last fetch.
CREATE TABLE IF NOT EXISTS feed_state (
    feed            VARCHAR(2000) PRIMARY KEY,
    etag            VARCHAR(1000),
    last_modified   VARCHAR(100),
    content_sha256  VARCHAR(64),
    last_run_id     BIGINT,
    last_fetched_at TIMESTAMP,
    last_status     VARCHAR(32),
    last_error      VARCHAR(2000)
);

-- sync: inbox files imported, by content checksum, so a renamed or re-dropped file is not imported twice.
CREATE TABLE IF NOT EXISTS inbox_file (
    content_sha256  VARCHAR(64) PRIMARY KEY,
    file_name       VARCHAR(1000) NOT NULL,
    file_size       BIGINT NOT NULL,
    run_id          BIGINT NOT NULL,
    imported_at     TIMESTAMP NOT NULL
);

-- sync: one row per sync. first/last_run_id are its own imports; store_run_id is the highest import run when it
-- finished, where the next sync's "since the previous sync" starts.
CREATE TABLE IF NOT EXISTS sync_run (
    sync_id         BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    started_at      TIMESTAMP NOT NULL,
    finished_at     TIMESTAMP,
    first_run_id    BIGINT,
    last_run_id     BIGINT,
    store_run_id    BIGINT
);
