// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TabularFormatTest {

    @Test
    void choosesTheFormatByTheFileNameEndingIgnoringCase() {
        assertThat(TabularFormat.ofFileName("Subsidies.XLSX")).contains(TabularFormat.XLSX);
        assertThat(TabularFormat.ofFileName("c:\\data\\meldingen.json")).contains(TabularFormat.JSON);
        assertThat(TabularFormat.ofFileName("tabel.ods")).contains(TabularFormat.ODS);
        assertThat(TabularFormat.ofFileName("export.tsv")).contains(TabularFormat.DELIMITED_TEXT);
        assertThat(TabularFormat.ofFileName("kaart.geojson")).isEmpty();
        assertThat(TabularFormat.ofFileName("map.v2/README")).isEmpty();
        assertThat(TabularFormat.ofFileName("0f3a9c")).isEmpty();
    }
}
