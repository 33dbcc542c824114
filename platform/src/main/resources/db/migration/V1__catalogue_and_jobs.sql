-- SPDX-License-Identifier: EUPL-1.2
-- Portable across H2 (PostgreSQL mode) and PostgreSQL 15+.

create table dataset (
    id              uuid         not null primary key,
    title           varchar(500) not null,
    description     text,
    publisher       varchar(500),
    licence         varchar(500),
    keywords        varchar(2000),
    access_level    varchar(20)  not null,
    table_name      varchar(63)  not null,
    current_version uuid,
    created_by      varchar(200) not null,
    created_at      timestamp with time zone not null,
    modified_at     timestamp with time zone not null,
    constraint dataset_table_name_unique unique (table_name)
);
create index dataset_access_level_idx on dataset (access_level);

create table dataset_version (
    id              uuid         not null primary key,
    dataset_id      uuid         not null references dataset (id),
    version_number  integer      not null,
    source_filename varchar(500) not null,
    raw_key         varchar(200) not null,
    raw_sha256      varchar(64)  not null,
    raw_size        bigint       not null,
    row_count       bigint       not null,
    table_schema    text         not null,
    dialect         text         not null,
    issues          text         not null,
    created_at      timestamp with time zone not null,
    constraint dataset_version_number_unique unique (dataset_id, version_number)
);

alter table dataset add constraint dataset_current_version_fk foreign key (current_version) references dataset_version (id);

create table distribution (
    id          uuid         not null primary key,
    version_id  uuid         not null references dataset_version (id),
    format      varchar(20)  not null,
    media_type  varchar(100) not null,
    blob_key    varchar(500) not null,
    byte_size   bigint       not null,
    constraint distribution_format_unique unique (version_id, format)
);

create table job (
    id             uuid         not null primary key,
    kind           varchar(50)  not null,
    subject_id     uuid,
    status         varchar(20)  not null,
    bytes_total    bigint,
    bytes_done     bigint       not null default 0,
    rows_done      bigint       not null default 0,
    error_code     varchar(100),
    error_message  varchar(2000),
    created_by     varchar(200) not null,
    created_at     timestamp with time zone not null,
    started_at     timestamp with time zone,
    finished_at    timestamp with time zone,
    updated_at     timestamp with time zone not null
);
create index job_subject_idx on job (subject_id);

-- db-scheduler's table (https://github.com/kagkarlsson/db-scheduler, postgresql_tables.sql), with varchar keys so
-- that H2 accepts them in the primary key.
create table scheduled_tasks (
    task_name            varchar(100) not null,
    task_instance        varchar(100) not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean      not null,
    picked_by            varchar(100),
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures integer,
    last_heartbeat       timestamp with time zone,
    version              bigint       not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time_idx on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_idx on scheduled_tasks (priority desc, execution_time asc);
