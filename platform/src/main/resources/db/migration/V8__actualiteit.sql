-- SPDX-License-Identifier: EUPL-1.2
-- Portable across H2 (PostgreSQL mode) and PostgreSQL 15+.
-- Actualiteit: each dataset's declared update frequency (the code of an EU Frequency NAL concept, e.g. MONTHLY; null
-- when not declared) and when a re-fetch of its URL last found the source unchanged.
alter table dataset add column update_frequency varchar(20);
alter table dataset add column data_confirmed_at timestamp with time zone;

-- Every data quality assessment of a version (docs/data-quality-score.md): the four dimensions and the total, each 0
-- to 100 (null: not assessed), computed by the formula of formula_version. A version gets one when its quality
-- report is stored; the history of a dataset is its rows by assessed_at.
create table data_quality_assessment (
    id              uuid             not null primary key,
    dataset_id      uuid             not null references dataset (id),
    version_id      uuid             not null references dataset_version (id),
    version_number  integer          not null,
    formula_version integer          not null,
    assessed_at     timestamp with time zone not null,
    completeness    double precision,
    validity        double precision,
    uniqueness      double precision,
    timeliness      double precision,
    total           double precision not null
);
create index data_quality_assessment_dataset_idx on data_quality_assessment (dataset_id, assessed_at);
