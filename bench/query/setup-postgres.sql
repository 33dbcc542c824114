-- SPDX-License-Identifier: EUPL-1.2
-- The PostgreSQL side of bench/query/run.sh, run by psql in the schema dk_query_bench with :'file' and
-- :'gemeenten' set to the CSV files. COPY (the server reads the file) into a staging table of text columns, then
-- one INSERT … SELECT into columns typed as Datakraam types them (PostgreSQL's COPY cannot read a decimal comma,
-- dd-mm-yyyy under every DateStyle, or ja/nee as a boolean), the indexes the three queries can use, VACUUM ANALYZE.
\timing on
CREATE UNLOGGED TABLE meldingen_csv (meldingnummer text, datum_melding text, gemeentecode text, gemeentenaam text,
    woonplaats text, straatnaam text, huisnummer text, huisletter text, postcode text, x text, y text,
    categorie text, bedrag text, afgehandeld text, omschrijving text);
COPY meldingen_csv FROM :'file' WITH (FORMAT csv, HEADER true, DELIMITER ';', ENCODING 'UTF8');
CREATE TABLE meldingen (
    meldingnummer bigint NOT NULL,
    datum_melding date,
    gemeentecode text,
    gemeentenaam text,
    woonplaats text,
    straatnaam text,
    huisnummer bigint,
    huisletter text,
    postcode text,
    x double precision,
    y double precision,
    categorie text,
    bedrag double precision,
    afgehandeld boolean,
    omschrijving text);
INSERT INTO meldingen
SELECT meldingnummer::bigint, to_date(datum_melding, 'DD-MM-YYYY'), gemeentecode, gemeentenaam, woonplaats,
       straatnaam, huisnummer::bigint, huisletter, postcode, replace(x, ',', '.')::double precision,
       replace(y, ',', '.')::double precision, categorie, replace(bedrag, ',', '.')::double precision,
       CASE afgehandeld WHEN 'ja' THEN true WHEN 'nee' THEN false END, omschrijving
FROM meldingen_csv;
DROP TABLE meldingen_csv;
ALTER TABLE meldingen ADD PRIMARY KEY (meldingnummer);
-- q1 filters on municipality and a date range; q3 joins on the municipality code (the index's first column)
CREATE INDEX meldingen_gemeente_datum ON meldingen (gemeentecode, datum_melding);
-- q2 groups by place and street
CREATE INDEX meldingen_woonplaats_straat ON meldingen (woonplaats, straatnaam);

CREATE TABLE gemeenten (gemeentecode text PRIMARY KEY, gemeentenaam text NOT NULL, stedelijkheid bigint,
    aantal_inwoners bigint, oppervlakte_land_ha bigint);
COPY gemeenten FROM :'gemeenten' WITH (FORMAT csv, HEADER true, DELIMITER ';', ENCODING 'UTF8');
VACUUM ANALYZE meldingen;
VACUUM ANALYZE gemeenten;
\timing off
SELECT 'meldingen: ' || count(*) || ' rows, table ' || pg_size_pretty(pg_table_size('meldingen')) || ', indexes '
       || pg_size_pretty(pg_indexes_size('meldingen')) FROM meldingen;
SELECT 'gemeenten: ' || count(*) || ' rows' FROM gemeenten;
