-- Datalab charts (issue 7): a chart keeps its source (a builder question as JSON and the SQL made from it, or SQL
-- text), how columns map onto the chart, and who may see it. Its data is never stored: it is fetched as the viewer.
-- reads_tables: the SQL names of the datasets the SQL read when it was saved (comma-separated), so that a viewer
-- who may not read one of them is told so without the query being run.
create table datalab_chart (
    id            uuid primary key,
    owner_id      varchar(64) not null,
    title         varchar(200) not null,
    description   varchar(2000),
    access_level  varchar(16) not null,
    chart_type    varchar(16) not null,
    builder       text,
    sql_text      text not null,
    x_column      varchar(200),
    value_columns text not null,
    series_column varchar(200),
    reads_tables  text not null,
    created_at    timestamp with time zone not null,
    modified_at   timestamp with time zone not null
);
create index datalab_chart_owner on datalab_chart (owner_id);
