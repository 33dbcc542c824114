// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.publish.ckan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import nl.datakraam.catalog.search.SearchSort;
import org.junit.jupiter.api.Test;

/** CKAN's {@code fq} and {@code sort} as {@code package_search} reads them here (Solr's syntax, the subset). */
class CkanSearchQueryTest {

    @Test
    void clausesOnDifferentFieldsNarrowAndParenthesesGiveEitherValue() {
        assertThat(CkanSearchQuery.filters("+organization:pv20 AND tags:\"fiets paden\" res_format:(CSV OR \"GeoJSON\")"
                + " dataset_type:dataset")).isEqualTo(Map.of("organization", Set.of("pv20"),
                "tags", Set.of("fiets paden"), "res_format", Set.of("CSV", "GeoJSON")));
        assertThat(CkanSearchQuery.filters("  ")).isEmpty();
        assertThat(CkanSearchQuery.filters("tags:\"een \\\"quote\\\"\"")).isEqualTo(Map.of("tags",
                Set.of("een \"quote\"")));
    }

    @Test
    void whatSolrWouldReadDifferentlyIsRefusedNotGuessed() {
        for (String fq : new String[] {"tags:", "tags:a OR tags:b", "-tags:a", "tags:a tags:b", "fiets",
                "tags:()", "dataset_type:harvest"}) {
            assertThatThrownBy(() -> CkanSearchQuery.filters(fq)).as(fq).isInstanceOf(CkanError.class)
                    .satisfies(e -> assertThat(((CkanError) e).status().value()).isEqualTo(400));
        }
        assertThatThrownBy(() -> CkanSearchQuery.filters("flavour:vanilla")).isInstanceOf(CkanError.class)
                .satisfies(e -> assertThat(((CkanError) e).status().value()).isEqualTo(409));
    }

    @Test
    void ckansSortsMapOntoTheCatalogueOrders() {
        assertThat(CkanSearchQuery.sort("score desc, metadata_modified desc")).isEqualTo(SearchSort.RELEVANCE);
        assertThat(CkanSearchQuery.sort("Score DESC")).isEqualTo(SearchSort.RELEVANCE);
        assertThat(CkanSearchQuery.sort("metadata_modified desc")).isEqualTo(SearchSort.MODIFIED);
        assertThat(CkanSearchQuery.sort("title_string asc")).isEqualTo(SearchSort.TITLE);
        assertThatThrownBy(() -> CkanSearchQuery.sort("name asc")).isInstanceOf(CkanError.class);
    }
}
