-- SPDX-License-Identifier: EUPL-1.2
-- Portable across H2 (PostgreSQL mode) and PostgreSQL 15+.
-- Every application of an anonymisation plan (issue 9): which version of which source dataset, with which plan, gave
-- which anonymised copy (a dataset of its own, linked here to its source), and what it measured. A source has at most
-- one copy; each application adds a version to it and a row here.
create table anonymised_copy (
    id                uuid                     not null primary key,
    copy_dataset_id   uuid                     not null references dataset (id),
    source_dataset_id uuid                     not null references dataset (id),
    source_version_id uuid                     not null references dataset_version (id),
    source_title      varchar(500)             not null,
    plan              text                     not null,
    rows_kept         bigint                   not null,
    rows_suppressed   bigint                   not null,
    k_reached         bigint                   not null,
    applied_by        varchar(200)             not null,
    applied_at        timestamp with time zone not null
);
create index anonymised_copy_source on anonymised_copy (source_dataset_id);
create index anonymised_copy_copy on anonymised_copy (copy_dataset_id);
