// SPDX-License-Identifier: EUPL-1.2
/**
 * The public DCAT feed that data.overheid.nl and data.europa.eu harvest: the catalogue at {@code /catalog} and each
 * dataset at {@code /datasets/{slug}} as DCAT-AP-NL 3.0 (or DCAT-AP-DONL 1.1) in Turtle, RDF/XML and JSON-LD, paged
 * with Hydra; the schema.org description of dataset pages, {@code /sitemap.xml} and {@code /robots.txt}. Only what
 * {@link nl.datakraam.publish.dcat.PublicationGate} lets through is published, whoever asks; the mapping itself is
 * {@code catalog.DcatRdf}'s, the same as the API export and the MQA check use.
 */
@NullMarked
package nl.datakraam.publish.dcat;

import org.jspecify.annotations.NullMarked;
