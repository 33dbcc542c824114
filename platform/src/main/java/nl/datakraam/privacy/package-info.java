// SPDX-License-Identifier: EUPL-1.2
/**
 * Privacy by design (issue 9): personal-data detectors run on every new version, the anonymisation toolkit, the
 * assessment register, the processing register (AVG art. 30), retention, and the publication gate.
 *
 * <p>The registers: {@link nl.datakraam.privacy.Assessments} (DPIA pre-scan, DPIA, ethics check, BIO
 * classification against versioned {@link nl.datakraam.privacy.Questionnaires}; workflow draft → submitted →
 * approved | rejected, decided by the functionaris gegevensbescherming; linked to datasets and initiatives),
 * {@link nl.datakraam.privacy.ProcessingActivities} (the art. 30 register, shaped like the VNG
 * verwerkingsactiviteiten API) and {@link nl.datakraam.privacy.Retention} (retention periods, the expiry report and
 * the deletion of expired raw data through {@code catalog} and {@code storage}). docs/privacy-registers.md has the
 * rules.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"catalog", "access", "shared", "storage"})
package nl.datakraam.privacy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
