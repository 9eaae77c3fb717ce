-- Version 3: new row ids come in blocks from one shared counter per table (store/RowIds), so several writers
-- (the threads or worker processes of a multi-account run) can append to one store at once. Each writer's ids
-- still increase in the order it inserts; blocks leave gaps, which nothing reads.
CREATE TABLE row_id_block (
    table_name VARCHAR(64) PRIMARY KEY,
    next_id    BIGINT NOT NULL
);
INSERT INTO row_id_block (table_name, next_id) SELECT 'viewing', COALESCE(MAX(id), 0) + 1 FROM viewing;
INSERT INTO row_id_block (table_name, next_id) SELECT 'rating_event', COALESCE(MAX(id), 0) + 1 FROM rating_event;
-- import run ids (1, 2, 3 …): handed out one at a time by the same counter (store/RunNumbers)
INSERT INTO row_id_block (table_name, next_id) SELECT 'import_run', COALESCE(MAX(run_id), 0) + 1 FROM import_run;
