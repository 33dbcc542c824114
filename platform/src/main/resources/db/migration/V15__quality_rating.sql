-- SPDX-License-Identifier: EUPL-1.2
-- Portable across H2 (PostgreSQL mode) and PostgreSQL 15+.
-- The latest MQA rating of each dataset, pushed into the catalogue by the quality module (Catalog.recordQualityRating),
-- so that the catalogue and its search index (always rebuilt from this metadata store) can filter and sort by it
-- without depending on quality. The full assessment history stays in mqa_assessment.
create table dataset_quality_rating (
    dataset_id  uuid                     not null primary key references dataset (id),
    rating      varchar(16)              not null,
    points      integer                  not null,
    assessed_at timestamp with time zone not null,
    recorded_at timestamp with time zone not null
);
-- Datasets assessed before this table existed keep their latest rating.
insert into dataset_quality_rating (dataset_id, rating, points, assessed_at, recorded_at)
select a.dataset_id, a.rating, a.total, a.assessed_at, a.assessed_at
from mqa_assessment a
where a.id = (select b.id from mqa_assessment b where b.dataset_id = a.dataset_id
              order by b.assessed_at desc, b.id limit 1);
