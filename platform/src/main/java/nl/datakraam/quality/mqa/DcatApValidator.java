// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.mqa;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.datakraam.quality.ShaclFinding;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
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
 * The MQA's DCAT-AP compliance indicator: validates the DCAT description Datakraam publishes for a dataset (from
 * {@link nl.datakraam.catalog.DcatRdf}, the mapping the export uses too) with Apache Jena SHACL against the
 * SEMIC DCAT-AP 3.0.1 shapes ({@code dcat-ap-SHACL.ttl} + {@code ranges.ttl}, bundled). The two files are merged and
 * their dangling {@code sh:property} links dropped first, the repair that {@code shared/standards/CHECKS.md}
 * section 1 describes for a defect in the official files. Only results of severity {@code sh:Violation} count
 * against compliance; warnings and infos are not violations of the profile. Each violation becomes a
 * {@link ShaclFinding}: the kind of rule, whether it is about the dataset or a distribution, the property, and
 * Jena's English message as detail.
 *
 * <p>The shapes are parsed once (about a second) and shared; validating one dataset takes milliseconds. Thread-safe.
 * The EU vocabularies (file types, access rights) are not loaded, so the description types and labels its
 * vocabulary terms itself, as a published DCAT feed should.
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

    private @Nullable Shapes shapes;
    private @Nullable String loadError;

    /**
     * Validates a DCAT description ({@link nl.datakraam.catalog.DcatRdf}, the catalogue's one mapping). Never throws:
     * when the shapes cannot be loaded the result is {@link DcatApCheck#notValidated} with the reason.
     */
    public DcatApCheck validate(Model description) {
        Shapes loaded = shapes();
        if (loaded == null) {
            return DcatApCheck.notValidated("the DCAT-AP shapes could not be loaded: " + loadError);
        }
        ValidationReport report = ShaclValidator.get().validate(loaded, description.getGraph());
        List<ShaclFinding> findings = new ArrayList<>();
        for (ReportEntry entry : report.getEntries()) {
            if (entry.severity() == Severity.Violation) {
                findings.add(finding(entry, description));
            }
        }
        if (findings.isEmpty()) {
            return DcatApCheck.conforming();
        }
        return DcatApCheck.violated(findings.stream().limit(MAX_FINDINGS).toList());
    }

    /**
     * A violation as facts: the kind of rule from its constraint component ({@code sh:minCount} and so on), what
     * the focus node is (the dataset, one of its distributions, or something else, by its {@code rdf:type}), the property as a prefixed
     * name, and Jena's English message as detail.
     */
    private static ShaclFinding finding(ReportEntry entry, Model description) {
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
        Resource node = description.createResource(focus);
        String subject = description.contains(node, RDF.type, DCAT.Dataset) ? "dataset"
                : description.contains(node, RDF.type, DCAT.Distribution) ? "distribution" : "other";
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
