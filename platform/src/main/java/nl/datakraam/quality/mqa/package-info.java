// SPDX-License-Identifier: EUPL-1.2
/**
 * Metadata quality per the data.europa.eu Metadata Quality Assessment (MQA) method: the pure calculator
 * ({@link nl.datakraam.quality.mqa.Mqa}), its input ({@link nl.datakraam.quality.mqa.MqaFacts}), the mapping of
 * Datakraam's catalogue onto the DCAT properties the method looks at ({@link nl.datakraam.quality.mqa.MqaMapping}),
 * the bundled value lists ({@link nl.datakraam.quality.mqa.MqaVocabularies}) and the DCAT-AP 3.0.1 SHACL check
 * ({@link nl.datakraam.quality.mqa.DcatApValidator}). No Spring, no database, no network: reachability results come
 * in as facts. Internal to the {@code quality} module; the facade is {@link nl.datakraam.quality.MetadataQuality}.
 */
@NullMarked
package nl.datakraam.quality.mqa;

import org.jspecify.annotations.NullMarked;
