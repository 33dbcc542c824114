-- Harvesting external catalogues (issue 8): a harvested dataset is a metadata-only record of the catalogue. The
-- catalogue keeps where it came from on the dataset (so listings, pages, search and DCAT treat it as a dataset with
-- data); the harvest module keeps its sources and what each source's records became.
alter table dataset add column harvest_source varchar(64);
alter table dataset add column harvest_source_name varchar(200);
alter table dataset add column harvest_original varchar(2000);
alter table dataset add column harvested_at timestamp with time zone;
alter table dataset add column harvest_gone_at timestamp with time zone;
alter table dataset add column harvest_licence_label varchar(2000);
alter table dataset add column harvest_distributions text;

create table harvest_source (
    id              varchar(64) primary key,
    name            varchar(200) not null,
    kind            varchar(8) not null,
    url             varchar(2000) not null,
    run_interval    varchar(40) not null,
    organisation_id varchar(64),
    created_by      varchar(64) not null,
    created_at      timestamp with time zone not null,
    next_run_at     timestamp with time zone not null,
    last_run        text
);

create table harvest_record (
    source_id    varchar(64) not null,
    original_id  varchar(1000) not null,
    dataset_id   uuid not null,
    content_hash varchar(64) not null,
    primary key (source_id, original_id)
);
