// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.publish.dcat;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import nl.datakraam.catalog.CatalogSettings;
import nl.datakraam.catalog.Dataset;
import nl.datakraam.catalog.DatasetPage;
import nl.datakraam.catalog.DatasetSources;
import nl.datakraam.catalog.DcatRdf;
import nl.datakraam.catalog.DcatRdf.Profile;
import nl.datakraam.catalog.Organisations;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public DCAT feed (issue 8), for data.overheid.nl's and data.europa.eu's harvesters and anyone else. Only the
 * datasets {@link PublicationGate} admits, whoever asks.
 *
 * <ul>
 *   <li>{@code GET /catalog}: the catalogue as DCAT-AP-NL 3.0, by content negotiation ({@code text/turtle},
 *       {@code application/rdf+xml}, {@code application/ld+json}; Turtle for {@code *}{@code /*} or no
 *       {@code Accept}); a browser (HTML first in {@code Accept}) is sent to the catalogue home (303);
 *   <li>{@code GET /catalog.ttl}, {@code /catalog.rdf}, {@code /catalog.jsonld}: the same in one format;
 *   <li>{@code GET /catalog/donl.rdf} (also {@code .ttl}, {@code .jsonld}), or {@code ?profile=donl} on any of the
 *       above: DCAT-AP-DONL 1.1 ({@link Profile#DCAT_AP_DONL});
 *   <li>{@code GET /datasets/{slug}.ttl}, {@code .rdf}, {@code .jsonld} (and {@code /datasets/{slug}} with such an
 *       {@code Accept}, which the dataset page forwards here): one dataset; 404 {@code dataset.not-found} for one
 *       that is not published, exactly as for one that does not exist (c28).
 * </ul>
 *
 * Paging (Hydra Core, {@code hydra:PartialCollectionView}): {@code ?page=n} (1-based) holds
 * {@code datakraam.publish.dcat.page-size} datasets, in the order they were registered (so that changes during a
 * harvest move nothing from one page to another; new datasets come at the end); the catalogue carries {@code hydra:totalItems} and
 * {@code hydra:view} with {@code hydra:first}, {@code hydra:last} and, where they exist, {@code hydra:next} and
 * {@code hydra:previous}, each the address of that page in the same format and profile. A {@code page} that is not a
 * number from 1 to the last page, or a {@code profile} other than {@code nl} or {@code donl}, answers 400
 * {@code request.invalid-parameter}.
 */
@RestController
class DcatFeedController {

    /** Hydra Core vocabulary. */
    static final String HYDRA = "http://www.w3.org/ns/hydra/core#";

    private final PublicationGate gate;
    private final Organisations organisations;
    private final CatalogSettings catalogSettings;
    private final DcatFeedSettings settings;
    private final DatasetSources sources;

    DcatFeedController(PublicationGate gate, Organisations organisations, CatalogSettings catalogSettings,
            DcatFeedSettings settings, DatasetSources sources) {
        this.sources = sources;
        this.gate = gate;
        this.organisations = organisations;
        this.catalogSettings = catalogSettings;
        this.settings = settings;
    }

    @GetMapping("/catalog")
    ResponseEntity<String> negotiated(@RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable
            String accept, @RequestParam(required = false) @Nullable String page,
            @RequestParam(required = false) @Nullable String profile) {
        Optional<RdfFormat> named = RdfFormat.named(accept);
        if (named.isEmpty() && RdfFormat.html(accept)) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(catalogSettings.baseUrlOfThisRequest()
                    + "/")).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
        }
        return catalog("/catalog", named.orElse(RdfFormat.TURTLE), page, profile(profile), profile != null, true);
    }

    @GetMapping({"/catalog.ttl", "/catalog.rdf", "/catalog.jsonld"})
    ResponseEntity<String> catalogFile(@RequestParam(required = false) @Nullable String page,
            @RequestParam(required = false) @Nullable String profile, HttpServletRequest request) {
        String path = request.getRequestURI();
        return catalog(path, suffix(path), page, profile(profile), profile != null, false);
    }

    @GetMapping({"/catalog/donl.ttl", "/catalog/donl.rdf", "/catalog/donl.jsonld"})
    ResponseEntity<String> donlFile(@RequestParam(required = false) @Nullable String page,
            HttpServletRequest request) {
        String path = request.getRequestURI();
        return catalog(path, suffix(path), page, Profile.DCAT_AP_DONL, false, false);
    }

    @GetMapping({"/datasets/{slug}.ttl", "/datasets/{slug}.rdf", "/datasets/{slug}.jsonld"})
    ResponseEntity<String> dataset(@PathVariable String slug, @RequestParam(required = false) @Nullable
            String profile, HttpServletRequest request) {
        Dataset dataset = gate.find(slug).orElseThrow(() -> new PlatformException(ErrorCode.DATASET_NOT_FOUND,
                "No dataset " + slug + ".", Map.of("datasetId", slug)));
        RdfFormat format = suffix(request.getRequestURI());
        return answer(DcatRdf.write(DcatRdf.dataset(catalogSettings.baseUrlOfThisRequest(), dataset, profile(profile)),
                format.lang()), format, request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) == null);
    }

    /** One page of the catalogue; {@code path} is the address it was asked at, for the Hydra links. */
    private ResponseEntity<String> catalog(String path, RdfFormat format, @Nullable String page, Profile profile,
            boolean profileInQuery, boolean negotiated) {
        int size = settings.pageSize();
        int number = page(page, Integer.MAX_VALUE);
        DatasetPage datasets = gate.page(size, (number - 1) * size);
        int last = (int) Math.max(1, (datasets.total() + size - 1) / size);
        page(page, last);
        String base = catalogSettings.baseUrlOfThisRequest();
        Model model = DcatRdf.catalog(base, catalogSettings.catalogTitle(), organisations.defaultOrganisation(),
                datasets.items(), profile);
        DcatRdf.addSources(model, base, datasets.items(), sources.sourcesOf(datasets.items()));
        String pages = base + path + "?" + (profileInQuery ? "profile=" + (profile == Profile.DCAT_AP_DONL ? "donl"
                : "nl") + "&" : "") + "page=";
        Resource catalog = model.getResource(DcatRdf.catalogUri(base));
        Resource view = model.createResource(pages + number, model.createResource(HYDRA + "PartialCollectionView"));
        view.addProperty(hydra(model, "first"), model.createResource(pages + 1));
        view.addProperty(hydra(model, "last"), model.createResource(pages + last));
        if (number < last) {
            view.addProperty(hydra(model, "next"), model.createResource(pages + (number + 1)));
        }
        if (number > 1) {
            view.addProperty(hydra(model, "previous"), model.createResource(pages + (number - 1)));
        }
        catalog.addProperty(hydra(model, "view"), view);
        catalog.addLiteral(hydra(model, "totalItems"), model.createTypedLiteral(String.valueOf(datasets.total()),
                XSDDatatype.XSDnonNegativeInteger));
        model.setNsPrefix("hydra", HYDRA);
        return answer(DcatRdf.write(model, format.lang()), format, !negotiated);
    }

    private static Property hydra(Model model, String name) {
        return model.createProperty(HYDRA, name);
    }

    private static ResponseEntity<String> answer(String body, RdfFormat format, boolean bySuffix) {
        var answer = ResponseEntity.ok().contentType(format.mediaType());
        if (!bySuffix) {
            answer.header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        }
        return answer.body(body);
    }

    /** The page number asked, 1 when none; 400 unless it is a whole number from 1 to {@code last}. */
    private static int page(@Nullable String page, int last) {
        if (page == null) {
            return 1;
        }
        try {
            int number = Integer.parseInt(page.strip());
            if (number >= 1 && number <= last) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new PlatformException(ErrorCode.INVALID_PARAMETER, "page must be a whole number from 1 to " + last
                + " (the last page).", Map.of("parameter", "page", "field", "page"));
    }

    private static Profile profile(@Nullable String profile) {
        if (profile == null || profile.equals("nl")) {
            return Profile.DCAT_AP_NL;
        }
        if (profile.equals("donl")) {
            return Profile.DCAT_AP_DONL;
        }
        throw new PlatformException(ErrorCode.INVALID_PARAMETER, "profile must be nl (DCAT-AP-NL 3.0, the default) "
                + "or donl (DCAT-AP-DONL 1.1).", Map.of("parameter", "profile", "field", "profile"));
    }

    private static RdfFormat suffix(String path) {
        return RdfFormat.ofSuffix(path.substring(path.lastIndexOf('.') + 1)).orElseThrow();
    }
}
