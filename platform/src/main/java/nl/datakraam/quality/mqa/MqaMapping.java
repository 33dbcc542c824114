// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.mqa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.datakraam.catalog.Dataset;
import nl.datakraam.catalog.DcatRdf;
import nl.datakraam.catalog.DatasetVersion;
import nl.datakraam.catalog.Distribution;
import nl.datakraam.quality.mqa.MqaFacts.DatasetFacts;
import nl.datakraam.quality.mqa.MqaFacts.DistributionFacts;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VCARD4;
import org.jspecify.annotations.Nullable;

/**
 * The MQA facts of a dataset, read from the DCAT description {@link DcatRdf} gives it: the same RDF the catalogue
 * exports and {@link DcatApValidator} validates, so there is one mapping of the catalogue onto DCAT (docs/metadata.md
 * and docs/mqa.md keep its table for people). Per distribution the reachability of its two URLs is added from the
 * checks made. Pure; {@code base} is the public base URL without a trailing slash.
 */
public final class MqaMapping {

    /** DCAT properties the catalogue cannot record yet; their absence scores 0 as {@code not-held}. */
    public static final Set<String> NOT_HELD = Set.of("dct:rights");

    /** The dataset's URI: its page. */
    public static String datasetUri(String base, Dataset dataset) {
        return DcatRdf.datasetUri(base, dataset);
    }

    /** A distribution's access URL: the dataset page, where every distribution is offered. */
    public static String accessUrl(String base, Dataset dataset) {
        return DcatRdf.accessUrl(base, dataset);
    }

    /** A distribution's download URL. */
    public static String downloadUrl(String base, Dataset dataset, Distribution distribution) {
        return DcatRdf.downloadUrl(base, dataset, distribution);
    }

    /**
     * The MQA facts of a dataset's current version, read from its DCAT description.
     *
     * @param checks the reachability of each distribution's access and download URL, by distribution format; a
     *               missing entry counts as not checked
     */
    public MqaFacts facts(String base, Dataset dataset, Map<String, UrlChecks> checks, DcatApCheck dcatAp) {
        Model model = DcatRdf.dataset(base, dataset);
        Resource d = model.getResource(datasetUri(base, dataset));
        List<String> spatial = new ArrayList<>();
        for (RDFNode place : d.listProperties(DCTerms.spatial).mapWith(Statement::getObject).toList()) {
            Resource location = place.asResource();
            spatial.add(location.hasProperty(SKOS.prefLabel) ? location.getProperty(SKOS.prefLabel).getString()
                    : "bbox " + location.getProperty(model.createProperty(DCAT.NS, "bbox")).getString() + " (WGS 84)");
        }
        String temporal = null;
        if (d.hasProperty(DCTerms.temporal)) {
            Resource period = d.getPropertyResourceValue(DCTerms.temporal);
            temporal = text(period, DCAT.startDate) + "/" + text(period, DCAT.endDate);
        }
        Resource contact = d.getPropertyResourceValue(DCAT.contactPoint);
        Resource publisher = d.getPropertyResourceValue(DCTerms.publisher);
        var datasetFacts = new DatasetFacts(d.getURI(), text(d, DCTerms.title), text(d, DCTerms.description),
                d.listProperties(DCAT.keyword).mapWith(st -> st.getString()).toList(),
                d.listProperties(DCAT.theme).mapWith(st -> st.getResource().getURI()).toList(),
                spatial.isEmpty() ? null : String.join(", ", spatial), temporal,
                iri(d, DCTerms.accessRights),
                contact == null ? null : contact.hasProperty(VCARD4.hasEmail)
                        ? contact.getPropertyResourceValue(VCARD4.hasEmail).getURI() : text(contact, VCARD4.fn),
                publisher == null ? null : text(publisher, model.createProperty(DcatRdf.FOAF, "name")),
                dataset.createdAt(), dataset.modifiedAt());
        List<DistributionFacts> distributions = new ArrayList<>();
        DatasetVersion version = dataset.currentVersion();
        if (version != null) {
            for (Distribution distribution : version.distributions()) {
                Resource x = model.getResource(DcatRdf.distributionUri(base, dataset, distribution));
                UrlChecks check = checks.getOrDefault(distribution.format(), new UrlChecks(
                        Reachability.notChecked(accessUrl(base, dataset), "no check was made"),
                        Reachability.notChecked(downloadUrl(base, dataset, distribution), "no check was made")));
                String format = iri(x, DCTerms.format);
                String mediaType = iri(x, DCAT.mediaType);
                Resource licence = x.getPropertyResourceValue(DCTerms.license);
                distributions.add(new DistributionFacts(distribution.format(), iri(x, DCAT.accessURL),
                        iri(x, DCAT.downloadURL),
                        format != null ? format : distribution.format().toUpperCase(Locale.ROOT),
                        mediaType == null ? null : mediaType.substring(DcatRdf.IANA.length()),
                        licence == null ? null : licence.isURIResource() ? licence.getURI()
                                : text(licence, RDFS.label),
                        null, x.hasProperty(DCAT.byteSize) ? x.getProperty(DCAT.byteSize).getLong() : null,
                        version.createdAt(), version.createdAt(),
                        check.accessUrl(), check.downloadUrl()));
            }
        }
        return new MqaFacts(datasetFacts, distributions, dcatAp, NOT_HELD);
    }

    private static @Nullable String text(Resource subject, Property property) {
        Statement statement = subject.getProperty(property);
        return statement == null ? null : statement.getObject().isLiteral() ? statement.getString()
                : statement.getResource().getURI();
    }

    private static @Nullable String iri(Resource subject, Property property) {
        Resource value = subject.getPropertyResourceValue(property);
        return value == null ? null : value.getURI();
    }

    /** The checks of one distribution's two URLs. */
    public record UrlChecks(Reachability accessUrl, Reachability downloadUrl) {
    }
}
