-- SPDX-License-Identifier: EUPL-1.2
-- The PostgreSQL full-text side of the search benchmark: one table derived from Datakraam's own metadata tables in
-- the same schema (the same 10,000 datasets), with a weighted tsvector in the Dutch configuration and a GIN index,
-- as one would build catalogue search on PostgreSQL. Title A, keywords and organisation B, field names and titles C,
-- description D.
drop table if exists bench_search;
create table bench_search as
select d.id, d.title, d.description, d.publisher, d.licence, d.keywords, d.access_level, d.update_frequency,
       d.modified_at as modified, r.rating,
       array(select x.format from distribution x where x.version_id = d.current_version order by x.format) as formats,
       (select string_agg((f ->> 'name') || ' ' || (f ->> 'title'), ' ')
        from json_array_elements(v.table_schema::json -> 'fields') f) as field_text
from dataset d
join dataset_version v on v.id = d.current_version
left join dataset_quality_rating r on r.dataset_id = d.id;
alter table bench_search add column tsv tsvector generated always as (
    setweight(to_tsvector('dutch', title), 'A')
    || setweight(to_tsvector('dutch', coalesce(keywords, '')), 'B')
    || setweight(to_tsvector('dutch', coalesce(publisher, '')), 'B')
    || setweight(to_tsvector('dutch', coalesce(field_text, '')), 'C')
    || setweight(to_tsvector('dutch', coalesce(description, '')), 'D')) stored;
create index bench_search_tsv on bench_search using gin (tsv);
create index bench_search_modified on bench_search (modified);
analyze bench_search;
