-- SPDX-License-Identifier: EUPL-1.2
--
-- What if DuckDB did Datakraam's pass 2? Datakraam's pass 1 has already inferred the schema of the benchmark file
-- (the types below are exactly those it writes: see run.sh's "types:" line). Here DuckDB reads every value as text
-- with the dialect Datakraam sniffed, converts it the way Datakraam's schema says (trim; empty is missing; decimal
-- comma; dd-mm-yyyy; ja/nee), and writes data.parquet (ZSTD) and data.csv, with the same settings as Datakraam's
-- staging database. Not a drop-in replacement (Datakraam's missing tokens, thousands separators, per-line error
-- messages and so on would need more SQL), but the order of magnitude of the time.
--
--   java -cp duckdb_jdbc.jar bench/DuckDbCopy.java --sql bench/what-if-duckdb-pass2.sql FILE OUTDIR
SET threads = 2;
SET memory_limit = '256MB';
SET TimeZone = 'UTC';
COPY (
    SELECT
        CAST(nullif(trim(meldingnummer), '') AS BIGINT) AS meldingnummer,
        CAST(strptime(nullif(trim(datum_melding), ''), '%d-%m-%Y') AS DATE) AS datum_melding,
        nullif(gemeentecode, '') AS gemeentecode,
        nullif(gemeentenaam, '') AS gemeentenaam,
        nullif(woonplaats, '') AS woonplaats,
        nullif(straatnaam, '') AS straatnaam,
        CAST(nullif(trim(huisnummer), '') AS BIGINT) AS huisnummer,
        nullif(huisletter, '') AS huisletter,
        nullif(postcode, '') AS postcode,
        CAST(replace(nullif(trim(x), ''), ',', '.') AS DOUBLE) AS x,
        CAST(replace(nullif(trim(y), ''), ',', '.') AS DOUBLE) AS y,
        nullif(categorie, '') AS categorie,
        CAST(replace(nullif(trim(bedrag), ''), ',', '.') AS DOUBLE) AS bedrag,
        CASE lower(trim(afgehandeld)) WHEN 'ja' THEN true WHEN 'nee' THEN false END AS afgehandeld,
        nullif(omschrijving, '') AS omschrijving
    FROM read_csv('${FILE}', delim = ';', quote = '"', escape = '"', header = true, all_varchar = true)
) TO '${OUT}/data.parquet' (FORMAT parquet, COMPRESSION zstd);
COPY (SELECT * FROM read_parquet('${OUT}/data.parquet')) TO '${OUT}/data.csv' (FORMAT csv, HEADER true, DELIMITER ',');
