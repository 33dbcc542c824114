// SPDX-License-Identifier: EUPL-1.2
/**
 * Spring-free personal-data detectors (issue 9): {@link nl.datakraam.privacy.detect.Identifiers} checks single values
 * (BSN with the 11-proef, IBAN mod 97, e-mail, Dutch phone numbers, postcode and address, licence plates by RDW
 * sidecode, IP addresses), {@link nl.datakraam.privacy.detect.FieldNames} reads field names,
 * {@link nl.datakraam.privacy.detect.ColumnScan} and {@link nl.datakraam.privacy.detect.TableScan} turn a field's
 * values into {@link nl.datakraam.privacy.detect.Finding}s with a confidence and counts, and
 * {@link nl.datakraam.privacy.detect.OfficeMetadata} finds the identifying document properties of office files. No
 * found value is ever kept or returned. Thresholds, rules, measured precision and recall and known limits:
 * docs/privacy-detectors.md.
 */
@NullMarked
package nl.datakraam.privacy.detect;

import org.jspecify.annotations.NullMarked;
