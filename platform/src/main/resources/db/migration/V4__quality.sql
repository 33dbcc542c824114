-- SPDX-License-Identifier: EUPL-1.2
-- Portable across H2 (PostgreSQL mode) and PostgreSQL 15+.
-- The data quality of each dataset version: its profile and check results (JSON written by libs/profiling) and a
-- summary. Completeness and validity are shares from 0 to 1; validity is null when no rule check applied.
create table quality_report (
    version_id    uuid             not null primary key references dataset_version (id),
    dataset_id    uuid             not null references dataset (id),
    computed_at   timestamp with time zone not null,
    completeness  double precision not null,
    validity      double precision,
    checks_passed integer          not null,
    checks_failed integer          not null,
    findings      integer          not null,
    profile       text             not null,
    checks        text             not null
);
create index quality_report_dataset_idx on quality_report (dataset_id);
