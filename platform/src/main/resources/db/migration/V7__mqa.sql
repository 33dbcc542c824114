-- SPDX-License-Identifier: EUPL-1.2
-- Portable across H2 (PostgreSQL mode) and PostgreSQL 15+.
-- Metadata quality per the data.europa.eu MQA method: every assessment of a dataset is kept, so that its history
-- can be shown. Points per dimension as columns (for aggregates), the indicators as JSON text (MqaScore.Indicator).
create table mqa_assessment (
    id               uuid                     not null primary key,
    dataset_id       uuid                     not null references dataset (id),
    version_id       uuid                     references dataset_version (id),
    assessed_at      timestamp with time zone not null,
    total            integer                  not null,
    rating           varchar(16)              not null,
    findability      integer                  not null,
    accessibility    integer                  not null,
    interoperability integer                  not null,
    reusability      integer                  not null,
    contextuality    integer                  not null,
    distribution     varchar(32),
    indicators       text                     not null
);
create index mqa_assessment_dataset_idx on mqa_assessment (dataset_id, assessed_at);
