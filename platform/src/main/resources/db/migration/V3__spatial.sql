-- SPDX-License-Identifier: EUPL-1.2
-- Geodata versions: the CRS of the uploaded file (EPSG code), the extent of all geometries in WGS 84 degrees, and the
-- geometry types present (GeoParquet names, comma-separated). All null on a version without geometry.
alter table dataset_version add column source_crs integer;
alter table dataset_version add column bbox_west double precision;
alter table dataset_version add column bbox_south double precision;
alter table dataset_version add column bbox_east double precision;
alter table dataset_version add column bbox_north double precision;
alter table dataset_version add column geometry_types varchar(200);
