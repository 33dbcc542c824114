// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.datalab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A dashboard's text: a little Markdown, and no HTML of the writer's ever reaches the page as markup. */
class LimitedMarkdownTest {

    @Test
    void paragraphsListsEmphasisAndLinks() {
        assertThat(LimitedMarkdown.html("""
                Het **aantal** meldingen steeg *sterk*.
                Zie [de bron](https://data.rivm.nl/covid-19/).

                - Groningen
                - Drenthe
                """)).isEqualTo("<p>Het <strong>aantal</strong> meldingen steeg <em>sterk</em>.<br>Zie "
                + "<a href=\"https://data.rivm.nl/covid-19/\" rel=\"nofollow noopener\">de bron</a>.</p>"
                + "<ul><li>Groningen</li><li>Drenthe</li></ul>");
    }

    @Test
    void htmlIsText() {
        String html = LimitedMarkdown.html("<script>alert(1)</script> <img src=x onerror=alert(2)> "
                + "[x](javascript:alert(3)) [y](https://a.nl/\"onmouseover=alert(4)) **<b>vet</b>**");
        assertThat(html).doesNotContain("<script", "<img", "href=\"javascript", "\"onmouseover", "<b>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(2)&gt;",
                        "<strong>&lt;b&gt;vet&lt;/b&gt;</strong>");
    }
}
