// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.publish.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.datakraam.access.AccessLevel;
import nl.datakraam.access.Authorization;
import nl.datakraam.access.Caller;
import nl.datakraam.access.DatasetGrant;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.Dataset;
import nl.datakraam.catalog.Organisations;
import nl.datakraam.catalog.UpdateFrequency;
import nl.datakraam.catalog.Vocabularies;
import nl.datakraam.publish.dcat.RdfFormat;
import nl.datakraam.publish.dcat.SchemaOrgDataset;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.jobs.Jobs;
import nl.datakraam.privacy.PrivacyFindings;
import nl.datakraam.quality.Quality;
import nl.datakraam.query.DerivedDatasets;
import nl.datakraam.query.QueryService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The HTML catalogue ({@code /}) and dataset pages ({@code /datasets/{id}}). */
@Controller
class CatalogPageController {

    private static final int PAGE_SIZE = 50;
    private static final int PREVIEW_ROWS = 20;
    private static final int RELATED = 5;
    /** What a slug or a dataset id looks like; anything else is no dataset (and never part of a forward). */
    private static final java.util.regex.Pattern SLUG_OR_ID = java.util.regex.Pattern.compile("[A-Za-z0-9-]+");

    private final Catalog catalog;
    private final QueryService queries;
    private final DerivedDatasets derived;
    private final Jobs jobs;
    private final Authorization authorization;
    private final Quality quality;
    private final PrivacyFindings privacyFindings;
    private final Organisations organisations;
    private final SchemaOrgDataset schemaOrg;

    CatalogPageController(Catalog catalog, QueryService queries, Jobs jobs, Authorization authorization,
            Quality quality, Organisations organisations, SchemaOrgDataset schemaOrg,
            PrivacyFindings privacyFindings, DerivedDatasets derived) {
        this.derived = derived;
        this.organisations = organisations;
        this.schemaOrg = schemaOrg;
        this.catalog = catalog;
        this.queries = queries;
        this.jobs = jobs;
        this.authorization = authorization;
        this.quality = quality;
        this.privacyFindings = privacyFindings;
    }

    @GetMapping("/")
    String catalogue(@RequestParam(defaultValue = "0") int pagina, Model model) {
        Caller caller = authorization.currentCaller();
        int page = Math.max(0, pagina);
        var datasets = catalog.list(caller, PAGE_SIZE, page * PAGE_SIZE);
        model.addAttribute("datasets", datasets);
        model.addAttribute("page", page);
        model.addAttribute("pages", (datasets.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        boolean mayEdit = authorization.mayEditDatasets(caller);
        model.addAttribute("mayEdit", mayEdit);
        model.addAttribute("ingestStatus", ingestStatusOfDatasetsWithoutData(datasets.items()));
        if (mayEdit) {
            model.addAttribute("organisations", organisations.all());
            model.addAttribute("vocabularies", Vocabularies.all());
            model.addAttribute("frequencies", UpdateFrequency.all());
        }
        return "publish/catalogue";
    }

    /** Only stewards see datasets without data; for those, the status of their last ingest job. */
    private Map<UUID, String> ingestStatusOfDatasetsWithoutData(List<Dataset> datasets) {
        Map<UUID, String> statuses = new HashMap<>();
        for (Dataset dataset : datasets) {
            if (!dataset.hasData()) {
                jobs.latestFor(dataset.id().value())
                        .ifPresent(job -> statuses.put(dataset.id().value(), job.status().code()));
            }
        }
        return statuses;
    }

    /**
     * The dataset page at its readable address {@code /datasets/{slug}}; an old {@code /datasets/{id}} link still
     * shows the same page (links in the catalogue use the slug). A dataset the caller may not read is 404, as one
     * that does not exist. A request whose {@code Accept} names an RDF format before HTML gets the dataset's DCAT
     * description instead ({@code /datasets/{slug}.ttl}, {@code .rdf}, {@code .jsonld} of {@code publish.dcat}).
     * The page of a published dataset carries its schema.org description ({@link SchemaOrgDataset}).
     */
    @GetMapping("/datasets/{slugOrId}")
    String dataset(@PathVariable String slugOrId, @RequestHeader(value = HttpHeaders.ACCEPT, required = false)
            @org.jspecify.annotations.Nullable String accept, Model model) {
        var rdf = RdfFormat.named(accept);
        if (rdf.isPresent() && SLUG_OR_ID.matcher(slugOrId).matches()) {
            return "forward:/datasets/" + slugOrId + "." + rdf.get().suffix();
        }
        Caller caller = authorization.currentCaller();
        Dataset dataset = catalog.findBySlugOrId(slugOrId, caller).orElseThrow(() -> new PlatformException(
                ErrorCode.DATASET_NOT_FOUND, "No dataset " + slugOrId + " that you may see.",
                Map.of("datasetId", slugOrId)));
        UUID id = dataset.id().value();
        model.addAttribute("versions", catalog.versions(dataset.id(), caller));
        model.addAttribute("related", catalog.related(dataset, RELATED, caller));
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("groups", organisations.groups());
        model.addAttribute("vocabularies", Vocabularies.all());
        model.addAttribute("themeConcepts", Vocabularies.themes());
        model.addAttribute("dataset", dataset);
        schemaOrg.script(dataset).ifPresent(script -> model.addAttribute("schemaOrg", script));
        model.addAttribute("version", dataset.currentVersion());
        model.addAttribute("lineage", derived.lineage(dataset.id(), caller));
        if (dataset.currentVersion() != null) {
            model.addAttribute("preview", queries.rows(dataset.id(), PREVIEW_ROWS, 0, caller));
            model.addAttribute("quality", quality.report(dataset.id(), caller));
            model.addAttribute("dataQualityHistory", quality.dataQualityHistory(dataset.id(), caller));
            if (privacyFindings.maySee(dataset, caller)) {
                model.addAttribute("privacyReport", privacyFindings.report(dataset.id(), caller));
            }
        }
        model.addAttribute("frequencies", UpdateFrequency.all());
        model.addAttribute("accessLevels", AccessLevel.values());
        boolean mayEdit = authorization.mayEdit(caller, id, dataset.accessLevel());
        model.addAttribute("mayEdit", mayEdit);
        if (mayEdit) {
            model.addAttribute("grantIds", catalog.grants(dataset.id(), caller).stream().collect(Collectors.groupingBy(
                    g -> g.kind().code(), Collectors.mapping(DatasetGrant::id, Collectors.joining(", ")))));
            jobs.latestFor(id).ifPresent(job -> model.addAttribute("lastJob", job));
        }
        return "publish/dataset";
    }
}
