// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.mqa;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.datakraam.quality.ShaclFinding;
import nl.datakraam.quality.mqa.MqaFacts.DatasetFacts;
import nl.datakraam.quality.mqa.MqaFacts.DistributionFacts;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.jspecify.annotations.Nullable;

/**
 * The MQA's DCAT-AP compliance indicator: writes the DCAT description Datakraam would publish for a dataset (from
 * {@link MqaFacts}, as {@link MqaMapping} maps the catalogue) and validates it with Apache Jena SHACL against the
 * SEMIC DCAT-AP 3.0.1 shapes ({@code dcat-ap-SHACL.ttl} + {@code ranges.ttl}, bundled). The two files are merged and
 * their dangling {@code sh:property} links dropped first, the repair that {@code shared/standards/CHECKS.md}
 * section 1 describes for a defect in the official files. Only results of severity {@code sh:Violation} count
 * against compliance; warnings and infos are not violations of the profile.
 *
 * <p>The shapes are parsed once (about a second) and shared; validating one dataset takes milliseconds. Thread-safe.
 * The EU vocabularies (file types, access rights) are not loaded, so the description types its vocabulary terms
 * itself, as a published DCAT feed should.
 */
public final class DcatApValidator {

    static final String SHAPES = "shacl/dcat-ap-SHACL.ttl";
    static final String RANGES = "shacl/ranges.ttl";
    private static final int MAX_FINDINGS = 20;
    private static final String[][] NAMESPACES = {{"dcat", DCAT.NS}, {"dct", DCTerms.NS},
        {"foaf", "http://xmlns.com/foaf/0.1/"}, {"rdfs", RDFS.uri}, {"rdf", RDF.uri},
        {"skos", "http://www.w3.org/2004/02/skos/core#"}, {"adms", "http://www.w3.org/ns/adms#"},
        {"vcard", "http://www.w3.org/2006/vcard/ns#"}, {"odrl", "http://www.w3.org/ns/odrl/2/"},
        {"spdx", "http://spdx.org/rdf/terms#"}, {"locn", "http://www.w3.org/ns/locn#"},
        {"prov", "http://www.w3.org/ns/prov#"}};
    private static final String FOAF = "http://xmlns.com/foaf/0.1/";
    private static final String IANA = "https://www.iana.org/assignments/media-types/";

    private @Nullable Shapes shapes;
    private @Nullable String loadError;

    /**
     * Validates the DCAT description of the facts. Never throws: when the shapes cannot be loaded the result is
     * {@link DcatApCheck#notValidated} with the reason.
     */
    public DcatApCheck validate(MqaFacts facts) {
        Shapes loaded = shapes();
        if (loaded == null) {
            return DcatApCheck.notValidated("the DCAT-AP shapes could not be loaded: " + loadError);
        }
        ValidationReport report = ShaclValidator.get().validate(loaded, describe(facts).getGraph());
        List<ShaclFinding> findings = new ArrayList<>();
        for (ReportEntry entry : report.getEntries()) {
            if (entry.severity() == Severity.Violation) {
                findings.add(finding(entry, facts));
            }
        }
        if (findings.isEmpty()) {
            return DcatApCheck.conforming();
        }
        return DcatApCheck.violated(findings.stream().limit(MAX_FINDINGS).toList());
    }

    /**
     * A violation as facts: the kind of rule from its constraint component ({@code sh:minCount} and so on), what
     * the focus node is (the dataset, one of its distributions, or something else), the property as a prefixed
     * name, and Jena's English message as detail.
     */
    private static ShaclFinding finding(ReportEntry entry, MqaFacts facts) {
        String component = entry.constraint() == null ? "" : shortName(String.valueOf(
                entry.constraint().getComponent()));
        String code = switch (component) {
            case "MinCountConstraintComponent" -> MqaCode.SHACL_MIN_COUNT.key();
            case "MaxCountConstraintComponent" -> MqaCode.SHACL_MAX_COUNT.key();
            case "ClassConstraintComponent", "DatatypeConstraintComponent", "NodeKindConstraintComponent",
                    "NodeConstraintComponent", "InConstraintComponent", "PatternConstraintComponent",
                    "OrConstraintComponent" -> MqaCode.SHACL_VALUE_TYPE.key();
            default -> MqaCode.SHACL_OTHER.key();
        };
        String focus = String.valueOf(entry.focusNode()).replace("<", "").replace(">", "");
        String subject = focus.equals(facts.dataset().uri()) ? "dataset"
                : focus.startsWith(facts.dataset().uri() + "#distribution-") ? "distribution" : "other";
        return new ShaclFinding(code, subject, entry.resultPath() == null ? null : prefixed(
                entry.resultPath().toString()), shortName(focus), entry.message(), null);
    }

    /** A property URI as a prefixed name where its namespace is one of DCAT-AP's ({@code dct:title}). */
    static String prefixed(String term) {
        String uri = term.replace("<", "").replace(">", "");
        for (String[] ns : NAMESPACES) {
            if (uri.startsWith(ns[1]) && uri.length() > ns[1].length()) {
                return ns[0] + ":" + uri.substring(ns[1].length());
            }
        }
        return uri;
    }

    /** The DCAT graph of a dataset and its distributions. */
    public static Model describe(MqaFacts facts) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("dcat", DCAT.NS);
        model.setNsPrefix("dct", DCTerms.NS);
        DatasetFacts d = facts.dataset();
        Resource dataset = model.createResource(d.uri(), DCAT.Dataset);
        dataset.addProperty(DCTerms.title, d.title(), "nl");
        if (d.description() != null && !d.description().isBlank()) {
            dataset.addProperty(DCTerms.description, d.description(), "nl");
        }
        d.keywords().forEach(k -> dataset.addProperty(DCAT.keyword, k, "nl"));
        d.themes().forEach(t -> dataset.addProperty(DCAT.theme, model.createResource(t, model.createResource(
                "http://www.w3.org/2004/02/skos/core#Concept"))));
        if (d.publisher() != null && !d.publisher().isBlank()) {
            Resource agent = model.createResource(model.createResource(FOAF + "Agent"));
            agent.addProperty(model.createProperty(FOAF, "name"), d.publisher());
            dataset.addProperty(DCTerms.publisher, agent);
        }
        if (d.accessRights() != null) {
            dataset.addProperty(DCTerms.accessRights, model.createResource(d.accessRights(), DCTerms.RightsStatement));
        }
        if (d.issued() != null) {
            dataset.addLiteral(DCTerms.issued, model.createTypedLiteral(d.issued().toString(),
                    XSDDatatype.XSDdateTime));
        }
        if (d.modified() != null) {
            dataset.addLiteral(DCTerms.modified, model.createTypedLiteral(d.modified().toString(),
                    XSDDatatype.XSDdateTime));
        }
        int n = 0;
        for (DistributionFacts x : facts.distributions()) {
            Resource distribution = model.createResource(d.uri() + "#distribution-" + x.name().toLowerCase(
                    Locale.ROOT) + "-" + n++, DCAT.Distribution);
            dataset.addProperty(DCAT.distribution, distribution);
            if (x.accessUrl() != null) {
                distribution.addProperty(DCAT.accessURL, model.createResource(x.accessUrl()));
            }
            if (x.downloadUrl() != null) {
                distribution.addProperty(DCAT.downloadURL, model.createResource(x.downloadUrl()));
            }
            if (x.format() != null && x.format().startsWith("http")) {
                distribution.addProperty(DCTerms.format, model.createResource(x.format(), DCTerms.MediaTypeOrExtent));
            }
            if (x.mediaType() != null) {
                distribution.addProperty(DCAT.mediaType, model.createResource(IANA + x.mediaType().split(";", 2)[0]
                        .strip(), DCTerms.MediaType));
            }
            if (x.licence() != null && !x.licence().isBlank()) {
                Resource licence = x.licence().matches("(?i)https?://\\S+")
                        ? model.createResource(x.licence().strip(), DCTerms.LicenseDocument)
                        : model.createResource(DCTerms.LicenseDocument).addProperty(RDFS.label, x.licence());
                distribution.addProperty(DCTerms.license, licence);
            }
            if (x.byteSize() != null) {
                distribution.addLiteral(DCAT.byteSize, model.createTypedLiteral(String.valueOf(x.byteSize()),
                        XSDDatatype.XSDnonNegativeInteger));
            }
            if (x.issued() != null) {
                distribution.addLiteral(DCTerms.issued, model.createTypedLiteral(x.issued().toString(),
                        XSDDatatype.XSDdateTime));
            }
            if (x.modified() != null) {
                distribution.addLiteral(DCTerms.modified, model.createTypedLiteral(x.modified().toString(),
                        XSDDatatype.XSDdateTime));
            }
        }
        model.add(model.createResource(FOAF + "Agent"), RDF.type, RDFS.Class);
        return model;
    }

    private synchronized @Nullable Shapes shapes() {
        if (shapes == null && loadError == null) {
            try {
                Graph graph = GraphFactory.createDefaultGraph();
                for (String name : List.of(SHAPES, RANGES)) {
                    RDFDataMgr.read(graph, new ByteArrayInputStream(MqaVocabularies.resource(name)
                            .getBytes(StandardCharsets.UTF_8)), Lang.TURTLE);
                }
                UpdateAction.parseExecute("""
                        PREFIX sh: <http://www.w3.org/ns/shacl#>
                        DELETE { ?s sh:property ?p } WHERE { ?s sh:property ?p FILTER NOT EXISTS { ?p ?x ?y } }""",
                        graph);
                shapes = Shapes.parse(graph);
            } catch (RuntimeException e) {
                loadError = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
        }
        return shapes;
    }

    private static String shortName(String term) {
        String uri = term.replace("<", "").replace(">", "");
        int cut = Math.max(uri.lastIndexOf('#'), uri.lastIndexOf('/'));
        return cut >= 0 && cut < uri.length() - 1 ? uri.substring(cut + 1) : uri;
    }
}
