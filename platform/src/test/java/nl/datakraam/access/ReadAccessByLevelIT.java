// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access;

import static nl.datakraam.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.Dataset;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.catalog.DatasetOverview;
import nl.datakraam.catalog.ReadableTable;
import nl.datakraam.catalog.search.CatalogSearch;
import nl.datakraam.catalog.search.SearchFacet;
import nl.datakraam.catalog.search.SearchRequest;
import nl.datakraam.catalog.search.SearchResult;
import nl.datakraam.catalog.search.SearchSort;
import nl.datakraam.ingest.IngestService;
import nl.datakraam.query.QueryService;
import nl.datakraam.quality.Quality;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.support.Fixtures;
import nl.datakraam.support.PlatformIT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 6: who reads a dataset of each of the four access levels, with per-dataset grants, on every channel the
 * services offer — one dataset ({@link Catalog#find}, and through it rows and quality), the listing, the overview and
 * actualiteit, the SQL sandbox's tables, search hits AND facet counts — and that these agree with
 * {@link Authorization#mayRead} and {@link Authorization#readScope}. Callers are {@link Caller} objects, since
 * signing in over HTTP with these roles comes with accounts; the DCAT export is checked over HTTP for the anonymous
 * caller and the administrator.
 *
 * <p>Grants: intern → organisation {@code partner-a}; beperkt → group {@code team-water}, organisation
 * {@code partner-a}, account {@code jan}; vertrouwelijk → group {@code team-water}, organisation {@code partner-a},
 * account {@code piet} (only the account grant counts there: {@code wim} in team-water does not read it, {@code piet}
 * in team-water does).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadAccessByLevelIT extends PlatformIT {

    private static final Caller ANONYMOUS = Caller.anonymous();
    private static final Caller ADMINISTRATOR = new Caller("beheer1", Set.of(Caller.ROLE_ADMINISTRATOR));
    private static final Caller STAFF = new Caller("els", Set.of(Caller.ROLE_STAFF));
    private static final Caller STAFF_IN_GROUP = new Caller("wim", Set.of(Caller.ROLE_STAFF), Set.of("team-water"),
            null);
    private static final Caller PRIVACY_OFFICER = new Caller("fg", Set.of(Caller.ROLE_PRIVACY_OFFICER));
    private static final Caller STEWARD = new Caller("de", Set.of(Caller.ROLE_STEWARD));
    private static final Caller PARTNER_A = new Caller("pa", Set.of(Caller.ROLE_PARTNER), Set.of(), "partner-a");
    private static final Caller PARTNER_B = new Caller("pb", Set.of(Caller.ROLE_PARTNER), Set.of(), "partner-b");
    private static final Caller JAN = new Caller("jan", Set.of(Caller.ROLE_PARTNER), Set.of(), "partner-b");
    private static final Caller PIET = new Caller("piet", Set.of(Caller.ROLE_STAFF), Set.of("team-water"), null);

    /** Who reads which level, by the rules and grants above. */
    private static final Map<Caller, Set<AccessLevel>> READS = new LinkedHashMap<>();

    static {
        var o = AccessLevel.OPENBAAR;
        var i = AccessLevel.INTERN;
        var b = AccessLevel.BEPERKT;
        var v = AccessLevel.VERTROUWELIJK;
        READS.put(ANONYMOUS, Set.of(o));
        READS.put(ADMINISTRATOR, Set.of(o, i, b, v));
        READS.put(STAFF, Set.of(o, i));
        READS.put(STAFF_IN_GROUP, Set.of(o, i, b));
        READS.put(PRIVACY_OFFICER, Set.of(o, i));
        READS.put(STEWARD, Set.of(o, i));
        READS.put(PARTNER_A, Set.of(o, i, b));
        READS.put(PARTNER_B, Set.of(o));
        READS.put(JAN, Set.of(o, b));
        READS.put(PIET, Set.of(o, i, b, v));
    }

    @Autowired
    Catalog catalog;

    @Autowired
    Authorization authorization;

    @Autowired
    CatalogSearch search;

    @Autowired
    QueryService queries;

    @Autowired
    Quality quality;

    @Autowired
    IngestService ingest;

    private final String mark = "lr" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    private final Map<AccessLevel, Dataset> datasets = new EnumMap<>(AccessLevel.class);

    @BeforeAll
    void importOnePerLevelAndGrant() {
        for (AccessLevel level : AccessLevel.values()) {
            var file = Fixtures.file(level.code() + ".csv", "code;aantal\nA;1\nB;2\n", StandardCharsets.UTF_8);
            String id = admin().importFile(file, "Leesrecht " + mark + " " + level.code(), level.code())
                    .get("subjectId").asString();
            admin().awaitPrivacyScan(id); // sharing with a partner passes the publication gate, once scanned
            datasets.put(level, catalog.get(new DatasetId(UUID.fromString(id)), ADMINISTRATOR));
        }
        grant(AccessLevel.INTERN, Map.of("kind", "organisation", "id", "partner-a"));
        grant(AccessLevel.BEPERKT, Map.of("kind", "group", "id", "team-water"),
                Map.of("kind", "organisation", "id", "partner-a"), Map.of("kind", "account", "id", "jan"));
        grant(AccessLevel.VERTROUWELIJK, Map.of("kind", "group", "id", "team-water"),
                Map.of("kind", "organisation", "id", "partner-a"), Map.of("kind", "account", "id", "piet"));
    }

    @SafeVarargs
    private void grant(AccessLevel level, Map<String, String>... grants) {
        var response = admin().putJson("/v1/datasets/" + datasets.get(level).id() + "/grants",
                Map.of("grants", List.of(grants)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void eachCallerReadsExactlyTheLevelsAndGrantsTheRulesGiveOnEveryServiceChannel() {
        READS.forEach((caller, reads) -> {
            ReadScope scope = authorization.readScope(caller);
            List<DatasetId> listed = catalog.list(caller, 1000, 0).items().stream().map(Dataset::id).toList();
            List<DatasetId> overview = catalog.overview(caller).stream().map(DatasetOverview::datasetId).toList();
            List<DatasetId> arrivals = catalog.dataArrivals(caller).stream().map(a -> a.datasetId()).toList();
            List<DatasetId> tables = catalog.readableTables(caller).stream().map(ReadableTable::datasetId).toList();
            datasets.forEach((level, dataset) -> {
                boolean expected = reads.contains(level);
                String what = caller.id() + " reads " + level.code();
                UUID id = dataset.id().value();
                assertThat(authorization.mayRead(caller, id, null, level)).as(what + " (mayRead)").isEqualTo(expected);
                assertThat(scope.includes(id, level)).as(what + " (readScope)").isEqualTo(expected);
                assertThat(catalog.find(dataset.id(), caller).isPresent()).as(what + " (find)").isEqualTo(expected);
                assertThat(catalog.findBySlugOrId(dataset.slug(), caller).isPresent()).as(what + " (slug)")
                        .isEqualTo(expected);
                assertThat(listed.contains(dataset.id())).as(what + " (list)").isEqualTo(expected);
                assertThat(overview.contains(dataset.id())).as(what + " (overview)").isEqualTo(expected);
                assertThat(arrivals.contains(dataset.id())).as(what + " (data arrivals)").isEqualTo(expected);
                assertThat(tables.contains(dataset.id())).as(what + " (SQL sandbox tables)").isEqualTo(expected);
                if (expected) {
                    assertThat(queries.rows(dataset.id(), 10, 0, caller).rows()).as(what + " (rows)").hasSize(2);
                    assertThat(queries.run("SELECT sum(aantal) FROM " + dataset.tableName(), caller).rows()
                            .getFirst().getFirst()).as(what + " (SQL)").hasToString("3");
                    quality.report(dataset.id(), caller);
                } else {
                    assertNotFound(() -> catalog.get(dataset.id(), caller), what + " (get)");
                    assertNotFound(() -> queries.rows(dataset.id(), 10, 0, caller), what + " (rows)");
                    assertNotFound(() -> quality.report(dataset.id(), caller), what + " (quality)");
                    assertNotFound(() -> catalog.versions(dataset.id(), caller), what + " (versions)");
                    assertThatThrownBy(() -> queries.run("SELECT * FROM " + dataset.tableName(), caller))
                            .as(what + " (SQL)").isInstanceOf(PlatformException.class)
                            .extracting(e -> ((PlatformException) e).code()).isEqualTo(ErrorCode.QUERY_FAILED);
                }
            });
        });
    }

    @Test
    void searchHitsAndFacetCountsHoldOnlyWhatTheCallerReads() {
        READS.forEach((caller, reads) -> {
            SearchResult result = search.search(new SearchRequest(mark, Map.of(), SearchSort.RELEVANCE, 20, 0),
                    caller);
            Map<String, Long> levelCounts = new HashMap<>();
            reads.forEach(level -> levelCounts.put(level.code(), 1L));
            assertThat(result.hits()).extracting(SearchResult.Hit::id).as(caller.id() + " hits")
                    .containsExactlyInAnyOrderElementsOf(reads.stream().map(l -> datasets.get(l).id().toString())
                            .toList());
            assertThat(result.total()).as(caller.id() + " total").isEqualTo(reads.size());
            Map<String, Long> counted = new HashMap<>();
            result.facets().get(SearchFacet.ACCESS_LEVEL).forEach(c -> counted.put(c.value(), c.count()));
            assertThat(counted).as(caller.id() + " access level facet").isEqualTo(levelCounts);
            Map<String, Long> organisations = new HashMap<>();
            result.facets().get(SearchFacet.ORGANISATION).forEach(c -> organisations.merge(c.value(), c.count(),
                    Long::sum));
            assertThat(organisations.values().stream().mapToLong(Long::longValue).sum())
                    .as(caller.id() + " organisation facet").isEqualTo(reads.size());
        });
    }

    @Test
    void theDcatExportHoldsOnlyReadableDatasets() {
        String open = anonymous().get("/v1/catalog?format=ttl").body();
        String all = admin().get("/v1/catalog?format=ttl").body();
        for (AccessLevel level : AccessLevel.values()) {
            String title = datasets.get(level).title();
            assertThat(open.contains(title)).as("anonymous DCAT export has " + level.code())
                    .isEqualTo(level == AccessLevel.OPENBAAR);
            assertThat(all).as("administrator's DCAT export has " + level.code()).contains(title);
        }
        assertThat(json(anonymous().get("/v1/catalog?format=json")).get("items").findValuesAsString("title"))
                .filteredOn(t -> t.contains(mark)).containsExactly(datasets.get(AccessLevel.OPENBAAR).title());
    }

    @Test
    void theCreatorOfADatasetOwnsItAtAnyLevelAndMayChangeIt() {
        Caller owner = new Caller("eigenaar-" + mark, Set.of(Caller.ROLE_STEWARD));
        var submission = ingest.submit("eigen.csv", new ByteArrayInputStream("a;b\n1;2\n".getBytes(
                StandardCharsets.UTF_8)), "Eigen vertrouwelijk " + mark, AccessLevel.VERTROUWELIJK, false, owner);
        admin().awaitJob(submission.jobId().toString());
        DatasetId id = submission.datasetId();

        assertThat(catalog.find(id, owner)).as("the owner reads it").isPresent();
        assertThat(catalog.grants(id, owner)).containsExactly(DatasetGrant.account(owner.id()));
        assertThat(authorization.mayEdit(owner, id.value(), AccessLevel.VERTROUWELIJK)).isTrue();
        assertThat(catalog.find(id, STEWARD)).as("another steward does not").isEmpty();
        assertThat(authorization.mayEdit(STEWARD, id.value(), AccessLevel.VERTROUWELIJK)).isFalse();
        assertNotFound(() -> catalog.grants(id, STEWARD), "another steward's grants");

        catalog.replaceGrants(id, List.of(DatasetGrant.account(owner.id()), DatasetGrant.account(STEWARD.id())),
                owner);
        assertThat(catalog.find(id, STEWARD)).as("after a grant, the other steward reads it").isPresent();
    }

    @Test
    void readingIsNotChangingAndCreatingIsForStewards() {
        Dataset internal = datasets.get(AccessLevel.INTERN);
        assertThat(authorization.mayEdit(STAFF, internal.id().value(), AccessLevel.INTERN)).isFalse();
        assertThat(authorization.mayEdit(STEWARD, internal.id().value(), AccessLevel.INTERN)).isTrue();
        assertThat(authorization.mayEdit(PARTNER_A, internal.id().value(), AccessLevel.INTERN)).isFalse();
        assertThatThrownBy(() -> catalog.editable(internal.id(), STAFF)).isInstanceOf(PlatformException.class)
                .extracting(e -> ((PlatformException) e).code()).isEqualTo(ErrorCode.NOT_ALLOWED);
        assertNotFound(() -> catalog.editable(datasets.get(AccessLevel.BEPERKT).id(), STEWARD), "steward, beperkt");
        for (Caller caller : READS.keySet()) {
            boolean steward = caller == ADMINISTRATOR || caller == STEWARD;
            assertThat(authorization.mayCreateDatasets(caller)).as(caller.id() + " creates").isEqualTo(steward);
            assertThat(authorization.mayManageOrganisations(caller)).as(caller.id() + " manages organisations")
                    .isEqualTo(steward);
        }
    }

    private static void assertNotFound(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String what) {
        assertThatThrownBy(call).as(what).isInstanceOf(PlatformException.class)
                .extracting(e -> ((PlatformException) e).code()).isEqualTo(ErrorCode.DATASET_NOT_FOUND);
    }
}
