-- SPDX-License-Identifier: EUPL-1.2
-- Portable across H2 (PostgreSQL mode) and PostgreSQL 15+.
-- Personal-data scans of dataset versions (issue 9): one scan per version, and what its detectors found, per field.
-- Never a value of the data: only field, detector code, confidence (0..1), count and rows scanned. For a file-level
-- finding (office-metadata) field is null and properties lists the names of the document properties present
-- (comma-separated, e.g. creator,lastModifiedBy,absPath), never their values. A scan that could not finish is kept
-- with status 'failed' and no findings, so that the page says so instead of waiting.
create table privacy_scan (
    version_id   uuid                     not null primary key references dataset_version (id),
    dataset_id   uuid                     not null references dataset (id),
    status       varchar(10)              not null,
    scanned_at   timestamp with time zone not null,
    rows_scanned bigint                   not null,
    rows_in_file bigint                   not null,
    constraint privacy_scan_status check (status in ('done', 'failed'))
);
create index privacy_scan_dataset_idx on privacy_scan (dataset_id);

create table privacy_finding (
    version_id    uuid             not null references privacy_scan (version_id),
    position      integer          not null,
    field         varchar(1000),
    detector      varchar(40)      not null,
    confidence    double precision not null,
    finding_count bigint           not null,
    rows_scanned  bigint           not null,
    properties    varchar(1000),
    constraint privacy_finding_pk primary key (version_id, position)
);
