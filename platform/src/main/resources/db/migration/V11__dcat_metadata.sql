-- SPDX-License-Identifier: EUPL-1.2
-- Portable across H2 (PostgreSQL mode) and PostgreSQL 15+.
-- DCAT-AP-NL 3.0 / DCAT-AP-DONL 1.1 metadata (docs/metadata.md): publishing organisations with their defaults,
-- thematic groups, and the dataset properties beyond title, description, keywords, licence and update frequency.
-- Multi-valued IRI properties are stored as IRIs separated by one space (an IRI holds no space).

-- A publishing organisation (dct:publisher): id is the TOOI code where it has one (pv20, gm0014), uri its TOOI IRI.
-- The default_* columns are applied to a dataset registered for this organisation.
create table organisation (
    id                       varchar(100) not null primary key,
    uri                      varchar(500) not null,
    name                     varchar(500) not null,
    default_contact_name     varchar(500),
    default_contact_email    varchar(320),
    default_contact_phone    varchar(50),
    default_licence          varchar(500),
    default_language         varchar(200),
    default_authority        varchar(500),
    default_themes           varchar(4000),
    created_at               timestamp with time zone not null,
    constraint organisation_uri_unique unique (uri)
);

-- A thematic group that cuts across organisations (e.g. "Fietsen", "Energietransitie").
create table dataset_group (
    id          varchar(100) not null primary key,
    name        varchar(200) not null,
    description text,
    created_at  timestamp with time zone not null
);

create table dataset_group_member (
    group_id   varchar(100) not null references dataset_group (id),
    dataset_id uuid         not null references dataset (id),
    primary key (group_id, dataset_id)
);
create index dataset_group_member_dataset_idx on dataset_group_member (dataset_id);

-- slug: the readable name in /datasets/{slug}; given once at registration, kept when the title changes.
alter table dataset add column slug varchar(200);
alter table dataset add column organisation_id varchar(100) references organisation (id);
alter table dataset add column identifier varchar(500);
alter table dataset add column themes varchar(4000);
alter table dataset add column languages varchar(1000);
alter table dataset add column metadata_language varchar(200);
alter table dataset add column contact_name varchar(500);
alter table dataset add column contact_email varchar(320);
alter table dataset add column contact_phone varchar(50);
alter table dataset add column authority varchar(500);
alter table dataset add column landing_page varchar(2000);
alter table dataset add column documentation varchar(2000);
alter table dataset add column conforms_to varchar(4000);
alter table dataset add column provenance text;
alter table dataset add column spatial varchar(2000);
alter table dataset add column temporal_start date;
alter table dataset add column temporal_end date;
alter table dataset add constraint dataset_slug_unique unique (slug);
create index dataset_organisation_idx on dataset (organisation_id);

-- The changelog of a version (adms:versionNotes), written by the steward.
alter table dataset_version add column version_notes text;
