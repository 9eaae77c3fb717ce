-- Version 3: new row ids come in blocks from one shared counter per table (store/RowIds), so several writers
-- (the threads or worker processes of a multi-account run) can append to one store at once. Each writer's ids
-- still increase in the order it inserts; blocks leave gaps, which nothing reads.
CREATE TABLE row_id_block (
    table_name VARCHAR(64) PRIMARY KEY,
    next_id    BIGINT NOT NULL
);
INSERT INTO row_id_block (table_name, next_id) SELECT 'viewing', COALESCE(MAX(id), 0) + 1 FROM viewing;
INSERT INTO row_id_block (table_name, next_id) SELECT 'rating_event', COALESCE(MAX(id), 0) + 1 FROM rating_event;
