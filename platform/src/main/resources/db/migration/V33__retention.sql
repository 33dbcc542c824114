-- SPDX-License-Identifier: EUPL-1.2
-- Issue 9, retention (module privacy): a retention period set on a dataset, the deletion log, and on the catalogue's
-- dataset_version when its data files were deleted (the version's metadata stays). Portable across H2 (PostgreSQL
-- mode) and PostgreSQL 15+.

create table dataset_retention (
    dataset_id       uuid         not null primary key references dataset (id),
    retention_period varchar(30)  not null,
    set_by           varchar(200) not null,
    set_at           timestamp with time zone not null
);

create table retention_deletion (
    id               uuid         not null primary key,
    dataset_id       uuid         not null references dataset (id),
    version_id       uuid         not null references dataset_version (id),
    version_number   integer      not null,
    was_current      boolean      not null,
    retention_period varchar(30)  not null,
    expired_at       timestamp with time zone not null,
    deleted_by       varchar(200) not null,
    deleted_at       timestamp with time zone not null,
    files            text         not null
);
create index retention_deletion_dataset_idx on retention_deletion (dataset_id);

alter table dataset_version add column data_deleted_at timestamp with time zone;
