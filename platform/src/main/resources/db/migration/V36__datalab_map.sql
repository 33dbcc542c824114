-- Saved maps of the datalab (issue 7): a map's specification (its kind, the datasets it reads, the join by code, the
-- classes) as JSON, with the title, description and access level that decide who sees it. The data inside is never
-- stored: it is read as the viewer each time the map is shown.
create table datalab_map (
    id           uuid primary key,
    title        varchar(200) not null,
    description  varchar(2000),
    access_level varchar(16) not null,
    owner        varchar(64) not null,
    spec         text not null,
    created_at   timestamp with time zone not null,
    modified_at  timestamp with time zone not null
);

create index datalab_map_owner on datalab_map (owner);
