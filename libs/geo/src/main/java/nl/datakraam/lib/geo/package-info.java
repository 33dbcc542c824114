// SPDX-License-Identifier: EUPL-1.2
/**
 * Reads geodata as Dutch governments publish it and describes it for storage as GeoParquet 1.1.
 *
 * <p>{@link nl.datakraam.lib.geo.FeatureSource} streams the features of a GeoJSON file (RFC 7946, with the legacy
 * top-level {@code crs} member) or of a GeoPackage feature table (OGC 12-128r18) one at a time, as string-valued
 * properties plus a JTS geometry. {@link nl.datakraam.lib.geo.CoordinateColumns} proposes which columns of a table
 * hold coordinates, and in which CRS. {@link nl.datakraam.lib.geo.Reprojection} moves geometries between RD New
 * (EPSG:28992), WGS 84 (EPSG:4326) and ETRS89 (EPSG:4258), and {@link nl.datakraam.lib.geo.GeoParquetMetadata} writes
 * the {@code geo} file metadata of a GeoParquet 1.1 file; {@link nl.datakraam.lib.geo.GeoParquetInput} reads that of a
 * GeoParquet file others wrote, and decodes its WKB.
 *
 * <p>Units throughout: projected coordinates in metres, geographic coordinates in decimal degrees with longitude as
 * x and latitude as y (the axis order of GeoJSON, WKB, GeoPackage and GeoParquet), CRSs as EPSG codes. This library
 * has no Spring and writes no files: it does not infer column types, store Parquet, or decide which CRS a steward
 * accepts — the platform's {@code ingest} module does. Where a file does not say its CRS, this library proposes one
 * ({@link nl.datakraam.lib.geo.CrsGuess}) and never applies it by itself.
 */
@NullMarked
package nl.datakraam.lib.geo;

import org.jspecify.annotations.NullMarked;
