-- SPDX-License-Identifier: EUPL-1.2
-- The query benchmark's queries (bench/query/run.sh). Each starts at a line "-- qN-name: what it is"; the text below
-- it is sent unchanged to Datakraam (POST /v1/query), to DuckDB alone and to PostgreSQL: the tables have the same
-- names on every side (meldingen: the 5M-row file; gemeenten: the 345 municipalities of CBS's 2022 map).
-- Every ORDER BY is total, so the answers can be compared row by row.

-- q0-fixed-cost: a count over the 345-row table: what a query costs besides its work (not part of the goal)
SELECT count(*) AS gemeenten FROM gemeenten

-- q1-filtered-group-by: reports of one municipality in two years, per category (count, sum, average)
SELECT categorie, count(*) AS meldingen, sum(bedrag) AS totaal_bedrag, avg(bedrag) AS gemiddeld_bedrag
FROM meldingen
WHERE gemeentecode = '0080'
  AND datum_melding >= DATE '2022-01-01' AND datum_melding < DATE '2024-01-01'
GROUP BY categorie
ORDER BY categorie

-- q2-top-n: the ten streets (per place) with the most reports, over all rows
SELECT woonplaats, straatnaam, count(*) AS meldingen, sum(bedrag) AS totaal_bedrag
FROM meldingen
GROUP BY woonplaats, straatnaam
ORDER BY meldingen DESC, totaal_bedrag DESC, woonplaats, straatnaam
LIMIT 10

-- q3-join: all reports joined to the 345-row municipality table, per degree of urbanisation (stedelijkheid)
SELECT g.stedelijkheid, count(*) AS meldingen, count(*) FILTER (WHERE m.afgehandeld) AS afgehandeld,
       sum(m.bedrag) AS totaal_bedrag, avg(m.bedrag) AS gemiddeld_bedrag
FROM meldingen m
JOIN gemeenten g ON g.gemeentecode = m.gemeentecode
GROUP BY g.stedelijkheid
ORDER BY g.stedelijkheid
