-- The SHA-256 of a distribution's file (spdx:checksum in DCAT), hex, lowercase; null until the file is made.
alter table distribution add column sha256 varchar(64);

-- Versions committed before: the formats made from their Parquet file on first download (DistributionFormat.derived),
-- next to their data.csv, without size or checksum; XLSX up to 1,048,575 rows, GeoJSON and GeoPackage for geodata.
insert into distribution (id, version_id, format, media_type, blob_key, byte_size, sha256)
select gen_random_uuid(), c.version_id, f.format, f.media_type,
       substring(c.blob_key, 1, length(c.blob_key) - length('data.csv')) || f.file_name, null, null
from distribution c
join dataset_version v on v.id = c.version_id
cross join (values
        ('csv-excel-nl', 'text/csv', 'data-excel-nl.csv', false),
        ('json', 'application/json', 'data.json', false),
        ('xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'data.xlsx', false),
        ('geojson', 'application/geo+json', 'data.geojson', true),
        ('gpkg', 'application/geopackage+sqlite3', 'data.gpkg', true)) as f (format, media_type, file_name, geodata)
where c.format = 'csv' and c.blob_key like '%/data.csv'
  and (not f.geodata or v.source_crs is not null)
  and (f.format <> 'xlsx' or v.row_count <= 1048575)
  and not exists (select 1 from distribution x where x.version_id = c.version_id and x.format = f.format);
