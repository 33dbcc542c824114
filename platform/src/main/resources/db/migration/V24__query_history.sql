-- The SQL workbench's query history (issue 7): each signed-in caller's last 100 queries (the first page of each
-- run), with when, how long, how many rows and whether it succeeded. The anonymous public has none. Older entries
-- of a caller are deleted when a new one is written.
create table query_history (
    id           uuid primary key,
    caller_id    varchar(200) not null,
    sql_text     text not null,
    started_at   timestamp with time zone not null,
    duration_ms  bigint not null,
    row_count    bigint,
    succeeded    boolean not null,
    error_code   varchar(100)
);

create index query_history_caller on query_history (caller_id, started_at);
