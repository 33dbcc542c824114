-- SPDX-License-Identifier: EUPL-1.2
-- Issue 9, the assessment register (module privacy): initiatives, assessments (DPIA pre-scan, DPIA, ethics check,
-- BIO classification) with the questionnaire id and version they were answered against, and their datasets.
-- Portable across H2 (PostgreSQL mode) and PostgreSQL 15+.

create table privacy_initiative (
    id                 uuid         not null primary key,
    name               varchar(300) not null,
    description        text,
    owner_organisation varchar(300) not null,
    created_by         varchar(200) not null,
    created_at         timestamp with time zone not null
);

create table privacy_assessment (
    id                    uuid         not null primary key,
    kind                  varchar(30)  not null,
    title                 varchar(300) not null,
    questionnaire_id      varchar(100) not null,
    questionnaire_version integer      not null,
    answers               text         not null,
    status                varchar(20)  not null,
    outcome               varchar(30),
    initiative_id         uuid references privacy_initiative (id),
    created_by            varchar(200) not null,
    created_at            timestamp with time zone not null,
    modified_at           timestamp with time zone not null,
    submitted_by          varchar(200),
    submitted_at          timestamp with time zone,
    decided_by            varchar(200),
    decided_at            timestamp with time zone,
    decision_reason       text
);
create index privacy_assessment_initiative_idx on privacy_assessment (initiative_id);

create table privacy_assessment_dataset (
    assessment_id uuid not null references privacy_assessment (id),
    dataset_id    uuid not null references dataset (id),
    primary key (assessment_id, dataset_id)
);
create index privacy_assessment_dataset_idx on privacy_assessment_dataset (dataset_id);
