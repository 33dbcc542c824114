-- SPDX-License-Identifier: EUPL-1.2
-- The steward's review of an inferred schema: the proposal a job waits with, and the field overrides a dataset keeps
-- for its next versions.
alter table job add column proposal text;

create table field_override (
    dataset_id  uuid         not null references dataset (id),
    field_name  varchar(100) not null,
    type        varchar(20)  not null,
    format      varchar(100),
    decimal_char varchar(1),
    created_at  timestamp with time zone not null,
    primary key (dataset_id, field_name)
);
