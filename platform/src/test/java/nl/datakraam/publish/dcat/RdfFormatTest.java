// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.publish.dcat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Content negotiation of the public DCAT feed: which {@code Accept} headers name an RDF format. */
class RdfFormatTest {

    @Test
    void anRdfFormatNamedBeforeHtmlIsChosen() {
        assertThat(RdfFormat.named("text/turtle")).contains(RdfFormat.TURTLE);
        assertThat(RdfFormat.named("application/rdf+xml;charset=UTF-8")).contains(RdfFormat.RDF_XML);
        assertThat(RdfFormat.named("text/html;q=0.5, application/ld+json")).contains(RdfFormat.JSON_LD);
        assertThat(RdfFormat.named("application/ld+json;q=0.4, text/turtle;q=0.9")).contains(RdfFormat.TURTLE);
        assertThat(RdfFormat.named("*/*;q=0.1, text/turtle")).contains(RdfFormat.TURTLE);
    }

    @Test
    void browsersWildcardsAndNonsenseNameNone() {
        String firefox = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        assertThat(RdfFormat.named(firefox)).isEmpty();
        assertThat(RdfFormat.html(firefox)).isTrue();
        assertThat(RdfFormat.named("text/html, text/turtle")).isEmpty();
        assertThat(RdfFormat.named("*/*")).isEmpty();
        assertThat(RdfFormat.html("*/*")).isFalse();
        assertThat(RdfFormat.named(null)).isEmpty();
        assertThat(RdfFormat.named("text/turtle;q=0")).isEmpty();
        assertThat(RdfFormat.named("not a media type;;")).isEmpty();
    }
}
