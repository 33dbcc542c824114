// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.datakraam.access.AccessLevel;
import nl.datakraam.access.ReadScope;
import nl.datakraam.catalog.DatasetVisibility;
import nl.datakraam.catalog.QualityRating;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Dutch catalogue search over a real Lucene index (in memory): what residents type finds what stewards wrote.
 *
 * <pre>
 * title                        description                                              access    data
 * Fietspad onderhoud           Planning van het onderhoud aan provinciale wegen.         openbaar  yes
 * Rijksmonumenten Groningen    Beschermde gebouwen uit het monumentenregister.          openbaar  yes
 * Bodemkwaliteit               Metingen in Zuidhorn, Leek en Marum.                       openbaar  yes
 * Gemeentegrenzen 2022         Grenzen van alle gemeenten per 1 januari 2022.           openbaar  yes
 * Subsidieaanvragen intern     Aanvragen per regeling, met bedragen.                     intern    yes
 * Meldingen openbare ruimte    Meldingen van inwoners; nog geen data.                     openbaar  no
 * </pre>
 */
class DutchSearchTest {

    private static final Set<String> PUBLIC = Set.of("openbaar");
    private static final Set<String> STAFF = Set.of("openbaar", "intern");

    private SearchIndex index;

    @BeforeEach
    void index() throws IOException {
        index = new SearchIndex(new ByteBuffersDirectory(), new DutchAnalysis(null));
        index.replaceAll(List.of(
                doc("1", "Fietspad onderhoud", "Planning van het onderhoud aan provinciale wegen.", "openbaar",
                        true, "Provincie Groningen", List.of("csv", "parquet"), List.of("wegvak_id", "fietspad_naam"),
                        new QualityRating("good", 300, Instant.EPOCH)),
                doc("2", "Rijksmonumenten Groningen", "Beschermde gebouwen uit het monumentenregister.", "openbaar",
                        true, "Rijksdienst voor het Cultureel Erfgoed", List.of("csv", "geojson"), List.of("naam"),
                        new QualityRating("excellent", 380, Instant.EPOCH)),
                doc("3", "Bodemkwaliteit", "Metingen in Zuidhorn, Leek en Marum.", "openbaar", true,
                        "Provincie Groningen", List.of("parquet"), List.of("locatie"), null),
                doc("4", "Gemeentegrenzen 2022", "Grenzen van alle gemeenten per 1 januari 2022.", "openbaar",
                        true, "Kadaster", List.of("geojson"), List.of("gemeentecode", "gemeentenaam"), null),
                doc("5", "Subsidieaanvragen intern", "Aanvragen per regeling, met bedragen.", "intern", true,
                        "Provincie Groningen", List.of("csv"), List.of("bedrag"), null),
                doc("6", "Meldingen openbare ruimte", "Meldingen van inwoners; nog geen data.", "openbaar", false,
                        "Provincie Groningen", List.of(), List.of(), null)), "test");
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void aPluralFindsTheSingularInATitle() {
        assertThat(titles("fietspaden")).containsExactly("Fietspad onderhoud");
    }

    @Test
    void anSPluralOfAWordInEFindsTheSingularAlsoWhenTheSpellingAsWrittenFindsAnother() throws IOException {
        index.replaceAll(List.of(
                doc("7", "Bodemsnelheid per postcode", "Per viercijferige postcode.", "openbaar", true,
                        "Provincie Groningen", List.of("csv"), List.of("pc4"), null),
                doc("8", "Postcodes gecontroleerd", "Lijst.", "openbaar", true, "Provincie Groningen",
                        List.of("csv"), List.of("postcode"), null),
                doc("9", "Rapportage gemeentes", "Per gemeente.", "openbaar", true, "Provincie Groningen",
                        List.of("csv"), List.of("code"), null)), "test");
        assertThat(titles("postcodes")).containsExactlyInAnyOrder("Bodemsnelheid per postcode",
                "Postcodes gecontroleerd");
        assertThat(titles("rapportages")).containsExactly("Rapportage gemeentes");
        assertThat(titles("gemeenten")).containsExactly("Rapportage gemeentes");
    }

    @Test
    void aWordFindsTheCompoundItIsTheHeadOf() {
        assertThat(titles("monumenten")).containsExactly("Rijksmonumenten Groningen");
    }

    @Test
    void aPlaceNamedOnlyInTheDescriptionIsFoundAndHighlighted() {
        var result = search("Zuidhorn", PUBLIC);
        assertThat(result.hits()).extracting(SearchResult.Hit::title).containsExactly("Bodemkwaliteit");
        assertThat(result.hits().getFirst().snippetHtml()).contains("<mark>Zuidhorn</mark>");
    }

    @Test
    void aTypoStillFindsTheDataset() {
        assertThat(titles("gemeentegrnes")).containsExactly("Gemeentegrenzen 2022");
    }

    @Test
    void diacriticsAndCaseDoNotMatter() {
        assertThat(titles("RIJKSMONUMENTEN")).containsExactly("Rijksmonumenten Groningen");
        assertThat(titles("gemeentégrenzen")).containsExactly("Gemeentegrenzen 2022");
    }

    @Test
    void stopWordsAloneFindNothingButDoNotSpoilAQuery() {
        assertThat(titles("de het")).containsExactlyInAnyOrder("Fietspad onderhoud", "Rijksmonumenten Groningen",
                "Bodemkwaliteit", "Gemeentegrenzen 2022");
        assertThat(titles("onderhoud van de fietspaden")).containsExactly("Fietspad onderhoud");
    }

    @Test
    void aSynonymFromTheGovernmentListFindsTheWordUsed() {
        assertThat(titles("erfgoed")).contains("Rijksmonumenten Groningen");
        assertThat(titles("rijwielpaden")).containsExactly("Fietspad onderhoud");
    }

    @Test
    void fieldNamesAndOrganisationAreSearched() {
        assertThat(titles("gemeentecode")).containsExactly("Gemeentegrenzen 2022");
        assertThat(titles("kadaster")).containsExactly("Gemeentegrenzen 2022");
        assertThat(titles("fietspad naam")).containsExactly("Fietspad onderhoud");
    }

    @Test
    void phrasesAndPrefixesWork() {
        assertThat(titles("\"provinciale wegen\"")).containsExactly("Fietspad onderhoud");
        assertThat(titles("\"wegen provinciale\"")).isEmpty();
        assertThat(titles("bodemkwal*")).containsExactly("Bodemkwaliteit");
    }

    @Test
    void aWordThatAnalysisSplitsNeedsEveryPart() {
        put(doc("8", "Fietsroutes Súdwest-Fryslân", "Routes.", "openbaar", true, "Provincie Fryslân",
                List.of(), List.of(), null));
        put(doc("9", "Wegen", "Wegen in de provincie.", "openbaar", true, "Provincie Fryslân",
                List.of(), List.of(), null));
        assertThat(titles("Súdwest-Fryslân")).containsExactly("Fietsroutes Súdwest-Fryslân");
        assertThat(titles("sudwest-fryslan")).containsExactly("Fietsroutes Súdwest-Fryslân");
    }

    @Test
    void everyWordMustMatch() {
        assertThat(titles("monumenten zuidhorn")).isEmpty();
    }

    @Test
    void anonymousResultsAndFacetCountsLeaveOutNonPublicDatasets() {
        var result = search("", PUBLIC);
        assertThat(result.total()).isEqualTo(4);
        assertThat(result.hits()).extracting(SearchResult.Hit::id).doesNotContain("5", "6");
        assertThat(counts(result, SearchFacet.ACCESS_LEVEL)).isEqualTo(Map.of("openbaar", 4L));
        assertThat(counts(result, SearchFacet.ORGANISATION)).isEqualTo(Map.of("Provincie Groningen", 2L,
                "Rijksdienst voor het Cultureel Erfgoed", 1L, "Kadaster", 1L));
        assertThat(counts(result, SearchFacet.FORMAT)).isEqualTo(Map.of("csv", 2L, "parquet", 2L, "geojson", 2L));
        assertThat(titles("subsidieaanvragen")).isEmpty();

        var staff = new SearchIndexView(index).all(STAFF, true);
        assertThat(staff.total()).isEqualTo(6);
        assertThat(counts(staff, SearchFacet.ACCESS_LEVEL)).isEqualTo(Map.of("openbaar", 5L, "intern", 1L));
        assertThat(counts(staff, SearchFacet.FORMAT)).containsEntry("csv", 3L);
    }

    @Test
    void aFacetFilterNarrowsHitsAndKeepsTheOtherValuesOfItsOwnFacet() {
        var request = new SearchRequest("", Map.of(SearchFacet.FORMAT, Set.of("geojson")), SearchSort.TITLE, 10, 0);
        var result = index.search(request, visibility(PUBLIC, false));
        assertThat(result.hits()).extracting(SearchResult.Hit::title)
                .containsExactly("Gemeentegrenzen 2022", "Rijksmonumenten Groningen");
        assertThat(counts(result, SearchFacet.FORMAT)).containsEntry("csv", 2L).containsEntry("geojson", 2L);
        assertThat(counts(result, SearchFacet.ORGANISATION)).isEqualTo(Map.of("Kadaster", 1L,
                "Rijksdienst voor het Cultureel Erfgoed", 1L));
        assertThat(result.facets().get(SearchFacet.FORMAT)).filteredOn(SearchResult.FacetCount::selected)
                .extracting(SearchResult.FacetCount::value).containsExactly("geojson");
    }

    @Test
    void sortsByQualityWithUnratedLast() {
        var request = new SearchRequest("groningen", Map.of(), SearchSort.QUALITY, 10, 0);
        assertThat(index.search(request, visibility(PUBLIC, false)).hits()).extracting(SearchResult.Hit::title)
                .containsExactly("Rijksmonumenten Groningen", "Fietspad onderhoud", "Bodemkwaliteit");
    }

    @Test
    void snippetsAreEscaped() {
        put(doc("7", "Scripts <script>", "Een <b>vet</b> verhaal over scripts.", "openbaar", true, null,
                List.of(), List.of(), null));
        var hit = search("scripts", PUBLIC).hits().getFirst();
        assertThat(hit.titleHtml()).isEqualTo("<mark>Scripts</mark> &lt;<mark>script</mark>&gt;");
        assertThat(hit.snippetHtml()).doesNotContain("<b>").contains("&lt;b&gt;");
    }

    private void put(SearchDocument document) {
        index.update(Map.of(document.id(), document), null);
    }

    private List<String> titles(String query) {
        return search(query, PUBLIC).hits().stream().map(SearchResult.Hit::title).toList();
    }

    private SearchResult search(String query, Set<String> levels) {
        return index.search(new SearchRequest(query, Map.of(), SearchSort.RELEVANCE, 20, 0), visibility(levels, false));
    }

    private static DatasetVisibility visibility(Set<String> levels, boolean withoutData) {
        return new DatasetVisibility(new ReadScope(levels.stream().map(AccessLevel::fromCode)
                .collect(java.util.stream.Collectors.toSet()), Set.of(), Set.of()), withoutData);
    }

    private static Map<String, Long> counts(SearchResult result, SearchFacet facet) {
        Map<String, Long> counts = new java.util.HashMap<>();
        result.facets().get(facet).forEach(c -> counts.put(c.value(), c.count()));
        return counts;
    }

    /** A staff view: every access level, datasets without data included, as a steward sees them. */
    private record SearchIndexView(SearchIndex index) {
        SearchResult all(Set<String> levels, boolean withoutData) {
            return index.search(SearchRequest.everything(20, 0), visibility(levels, withoutData));
        }
    }

    private static SearchDocument doc(String id, String title, String description, String access, boolean hasData,
            @Nullable String organisation, List<String> formats, List<String> fields,
            @Nullable QualityRating quality) {
        return new SearchDocument(id, title, description, List.of(), organisation, List.of(), null, access, null,
                formats, fields, List.of(), Instant.parse("2026-01-0" + id + "T00:00:00Z"), hasData, quality,
                List.of());
    }
}
