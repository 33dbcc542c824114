// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateAction;

/**
 * The DCAT-AP-NL 3.0 shapes from {@code ../shared/standards}, combined as {@code CHECKS.md} section 1 says: DCAT-AP
 * 3.0.1 ({@code dcat-ap-SHACL.ttl} + {@code ranges.ttl}, merged, dangling {@code sh:property} links dropped) with
 * {@code dcat-ap-nl-SHACL.ttl}, {@code -klassebereik.ttl} and {@code -klassebereik-codelijsten.ttl}. Parsed once per
 * JVM (about a second).
 */
public final class DcatApNlShapes {

    private static Shapes shapes;

    private DcatApNlShapes() {
    }

    /** The standards folder, or null when {@code ../shared} is absent. */
    public static Path standards() {
        Path folder = Path.of(System.getProperty("datakraam.shared", "../shared")).toAbsolutePath().normalize()
                .resolve("standards");
        return Files.isDirectory(folder.resolve("dcat-ap-nl-3")) ? folder : null;
    }

    /** The combined shapes; call only when {@link #standards()} is not null. */
    public static synchronized Shapes shapes() {
        if (shapes == null) {
            Path standards = standards();
            Graph graph = GraphFactory.createDefaultGraph();
            for (String file : List.of("dcat-ap-3/3.0.1/shacl/dcat-ap-SHACL.ttl", "dcat-ap-3/3.0.1/shacl/ranges.ttl",
                    "dcat-ap-nl-3/shapes/dcat-ap-nl-SHACL.ttl", "dcat-ap-nl-3/shapes/dcat-ap-nl-SHACL-klassebereik.ttl",
                    "dcat-ap-nl-3/shapes/dcat-ap-nl-SHACL-klassebereik-codelijsten.ttl")) {
                RDFDataMgr.read(graph, standards.resolve(file).toUri().toString());
            }
            UpdateAction.parseExecute("""
                    PREFIX sh: <http://www.w3.org/ns/shacl#>
                    DELETE { ?s sh:property ?p } WHERE { ?s sh:property ?p FILTER NOT EXISTS { ?p ?x ?y } }""",
                    graph);
            shapes = Shapes.parse(graph);
        }
        return shapes;
    }

    /** Every result of severity violation, as "focus path: message" lines. */
    public static List<String> violations(Model data) {
        ValidationReport report = ShaclValidator.get().validate(shapes(), data.getGraph());
        List<String> lines = new ArrayList<>();
        for (ReportEntry entry : report.getEntries()) {
            if (entry.severity() == Severity.Violation) {
                lines.add(entry.focusNode() + " " + entry.resultPath() + ": " + entry.message());
            }
        }
        return lines;
    }
}
