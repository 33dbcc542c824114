-- SPDX-License-Identifier: EUPL-1.2
-- Datasets fetched from a URL: where from, how often, and how the last fetch went. Portable across H2 (PostgreSQL
-- mode) and PostgreSQL 15+.
create table fetch_source (
    dataset_id      uuid          not null primary key references dataset (id),
    url             varchar(2000) not null,
    schedule        varchar(10)   not null,
    review          boolean       not null,
    etag            varchar(500),
    last_modified   varchar(100),
    last_fetched_at timestamp with time zone,
    last_status     varchar(20),
    last_message    varchar(2000),
    last_job_id     uuid,
    created_by      varchar(200)  not null,
    created_at      timestamp with time zone not null
);
create index fetch_source_schedule_idx on fetch_source (schedule);
