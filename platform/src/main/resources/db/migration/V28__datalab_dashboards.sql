-- Datalab dashboards (issue 7): a grid of items (chart, map, key figure, text) in order, each 1 to 3 columns wide.
-- A key figure keeps its source like a chart (builder JSON and SQL, or SQL) and the tables it read when saved.
create table datalab_dashboard (
    id           uuid primary key,
    owner_id     varchar(64) not null,
    title        varchar(200) not null,
    description  varchar(2000),
    access_level varchar(16) not null,
    created_at   timestamp with time zone not null,
    modified_at  timestamp with time zone not null
);
create index datalab_dashboard_owner on datalab_dashboard (owner_id);

create table datalab_dashboard_item (
    dashboard_id uuid not null references datalab_dashboard (id) on delete cascade,
    position     integer not null,
    kind         varchar(16) not null,
    width        integer not null,
    chart_id     uuid,
    map_id       uuid,
    label        varchar(200),
    unit         varchar(40),
    body         text,
    builder      text,
    sql_text     text,
    reads_tables text,
    primary key (dashboard_id, position)
);
