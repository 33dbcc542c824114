-- Saved queries and derived datasets (issue 7, the datalab). A saved query is one SELECT of its owner, kept with the
-- no-SQL builder's state (opaque JSON text) so that it can be opened again. A derived dataset is a catalogue dataset
-- made from a query's whole answer; the query module keeps its SQL (a snapshot: editing the saved query later does
-- not change a published dataset), its owner (the account it is refreshed as) and the state of its last refresh.
-- Each run that wrote a derived version is a derived_run, and its lineage rows name exactly the source versions it
-- read; the run gets its version once the ingest of its Parquet file commits (matched by the file's SHA-256).
create table saved_query (
    id           uuid primary key,
    owner        varchar(64) not null,
    title        varchar(500) not null,
    description  text,
    sql_text     text not null,
    builder      text,
    created_at   timestamp with time zone not null,
    modified_at  timestamp with time zone not null,
    last_run_at  timestamp with time zone,
    last_run_rows bigint,
    last_run_truncated boolean not null default false
);

create index saved_query_owner on saved_query (owner);

create table derived_dataset (
    dataset_id       uuid primary key,
    saved_query_id   uuid,
    owner            varchar(64) not null,
    sql_text         text not null,
    created_at       timestamp with time zone not null,
    refreshed_at     timestamp with time zone,
    refresh_error_code varchar(100),
    refresh_error_arguments text,
    refresh_error_message varchar(2000)
);

create index derived_dataset_query on derived_dataset (saved_query_id);

create table derived_run (
    id          uuid primary key,
    dataset_id  uuid not null,
    job_id      uuid not null,
    raw_sha256  varchar(64) not null,
    version_id  uuid,
    created_at  timestamp with time zone not null
);

create index derived_run_dataset on derived_run (dataset_id, created_at);

create table dataset_lineage (
    run_id                uuid not null,
    source_dataset_id     uuid not null,
    source_version_id     uuid not null,
    source_version_number integer not null,
    primary key (run_id, source_dataset_id)
);

create index dataset_lineage_source on dataset_lineage (source_dataset_id);
