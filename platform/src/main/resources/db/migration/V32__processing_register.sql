-- SPDX-License-Identifier: EUPL-1.2
-- Issue 9, the processing register (AVG art. 30; module privacy). List-valued fields are JSON arrays of strings.
-- Portable across H2 (PostgreSQL mode) and PostgreSQL 15+.

create table processing_activity (
    id                 uuid         not null primary key,
    name               varchar(242) not null,
    category           varchar(242),
    purpose            text         not null,
    legal_basis        varchar(40)  not null,
    legal_basis_note   text,
    controller         varchar(300) not null,
    contact            varchar(500),
    data_subjects      text         not null,
    personal_data      text         not null,
    special_categories text         not null,
    recipients         text         not null,
    third_countries    text         not null,
    origin             text,
    retention          text,
    retention_period   varchar(30),
    security_measures  text,
    is_public          boolean      not null,
    created_by         varchar(200) not null,
    created_at         timestamp with time zone not null,
    modified_by        varchar(200) not null,
    modified_at        timestamp with time zone not null
);

create table processing_activity_dataset (
    activity_id uuid not null references processing_activity (id),
    dataset_id  uuid not null references dataset (id),
    primary key (activity_id, dataset_id)
);
create index processing_activity_dataset_idx on processing_activity_dataset (dataset_id);
