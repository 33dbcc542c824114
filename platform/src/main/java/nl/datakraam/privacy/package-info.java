// SPDX-License-Identifier: EUPL-1.2
/**
 * Privacy by design (issue 9): personal-data detectors run on every new version, the anonymisation toolkit, the
 * assessment register, the processing register (AVG art. 30), retention, and the publication gate. This part:
 * {@link nl.datakraam.privacy.Anonymisation} keeps an anonymisation plan per dataset, previews it and applies it
 * (the engine is {@code libs/privacy}, package {@code nl.datakraam.privacy.anonymise}), producing a new version of a
 * separate anonymised copy dataset (access level {@code intern} at first) while the original stays as it is, and
 * answers re-identification questions for authorised staff; {@link nl.datakraam.privacy.PublicationRule} is the
 * rule of the publication gate that {@code catalog}'s {@code PublicationCheck} SPI asks. Never stores or logs the
 * values it protects, nor the pseudonym key.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"catalog", "ingest", "storage", "jobs", "access", "shared"})
package nl.datakraam.privacy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
