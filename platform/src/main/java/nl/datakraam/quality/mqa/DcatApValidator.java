// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.mqa;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateAction;
import org.jspecify.annotations.Nullable;

/**
 * The MQA's DCAT-AP compliance indicator: validates the DCAT description Datakraam publishes for a dataset (from
 * {@link nl.datakraam.catalog.DcatRdf}, the mapping the export uses too) with Apache Jena SHACL against the
 * SEMIC DCAT-AP 3.0.1 shapes ({@code dcat-ap-SHACL.ttl} + {@code ranges.ttl}, bundled). The two files are merged and
 * their dangling {@code sh:property} links dropped first, the repair that {@code shared/standards/CHECKS.md}
 * section 1 describes for a defect in the official files. Only results of severity {@code sh:Violation} count
 * against compliance; warnings and infos are not violations of the profile.
 *
 * <p>The shapes are parsed once (about a second) and shared; validating one dataset takes milliseconds. Thread-safe.
 * The EU vocabularies (file types, access rights) are not loaded, so the description types and labels its
 * vocabulary terms itself, as a published DCAT feed should.
 */
public final class DcatApValidator {

    static final String SHAPES = "shacl/dcat-ap-SHACL.ttl";
    static final String RANGES = "shacl/ranges.ttl";
    private static final int MAX_LINES = 20;

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
        List<String> violations = new ArrayList<>();
        for (ReportEntry entry : report.getEntries()) {
            if (entry.severity() == Severity.Violation) {
                violations.add(shortName(String.valueOf(entry.focusNode())) + " "
                        + (entry.resultPath() == null ? "" : shortName(entry.resultPath().toString()) + ": ")
                        + entry.message());
            }
        }
        if (violations.isEmpty()) {
            return DcatApCheck.conforming();
        }
        return new DcatApCheck(true, false, violations.stream().limit(MAX_LINES).toList());
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
