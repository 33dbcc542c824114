// SPDX-License-Identifier: EUPL-1.2
/**
 * Privacy by design (issue 9): personal-data detectors run on every new version, the anonymisation toolkit, the
 * assessment register, the processing register (AVG art. 30), retention, and the publication gate.
 *
 * <p>Detection: when a version is committed, a durable job ({@code privacy-scan}) reads the version's
 * Parquet file through the query module's sandbox ({@link nl.datakraam.query.ValueScans}: every row up to
 * {@code datakraam.privacy.max-rows-scanned}, else a repeatable reservoir sample of that many rows), runs the
 * detectors of {@code libs/privacy} over field names and values, checks an uploaded XLSX/ODS for identifying
 * document properties ({@code office-metadata}), and stores the findings per version (migration V29): field, detector,
 * confidence, count, rows scanned — never a value; a scan that fails is recorded as failed. At start-up, current
 * versions without any scan are queued ({@code infra.PrivacyBackfill}). {@link nl.datakraam.privacy.PrivacyFindings} serves them to those
 * who may edit the dataset, the beheerder and the functionaris-gegevensbescherming ({@code GET
 * /v1/datasets/{id}/privacy-findings}, the "Persoonsgegevens" section of the dataset page); to everyone else the
 * findings do not exist (404). docs/privacy-detectors.md has the rules and measured precision and recall.
 *
 * <p>The registers: {@link nl.datakraam.privacy.Assessments} (DPIA pre-scan, DPIA, ethics check, BIO
 * classification against versioned {@link nl.datakraam.privacy.Questionnaires}; workflow draft → submitted →
 * approved | rejected, decided by the functionaris gegevensbescherming; linked to datasets and initiatives),
 * {@link nl.datakraam.privacy.ProcessingActivities} (the art. 30 register, shaped like the VNG
 * verwerkingsactiviteiten API) and {@link nl.datakraam.privacy.Retention} (retention periods, the expiry report and
 * the deletion of expired raw data through {@code catalog} and {@code storage}). docs/privacy-registers.md has the
 * rules.
 *
 * <p>Anonymisation and the gate: {@link nl.datakraam.privacy.Anonymisation} keeps an anonymisation plan per dataset, previews it and applies it
 * (the engine is {@code libs/privacy}, package {@code nl.datakraam.privacy.anonymise}), producing a new version of a
 * separate anonymised copy dataset (access level {@code intern} at first) while the original stays as it is, and
 * answers re-identification questions for authorised staff; {@link nl.datakraam.privacy.PublicationRule} is the
 * rule of the publication gate that {@code catalog}'s {@code PublicationCheck} SPI asks. Never stores or logs the
 * values it protects, nor the pseudonym key.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"catalog", "ingest", "storage", "jobs", "access", "shared", "query"})
package nl.datakraam.privacy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
