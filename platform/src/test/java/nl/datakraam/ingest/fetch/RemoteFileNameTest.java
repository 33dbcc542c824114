// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** The name a fetched file is ingested under: Content-Disposition, else the URL's last segment, else Content-Type. */
class RemoteFileNameTest {

    @Test
    void contentDispositionComesFirst() {
        assertThat(RemoteFileName.of("attachment; filename=\"subsidies 2024.csv\"",
                URI.create("https://x.nl/download.php?id=3"), "application/octet-stream")).isEqualTo("subsidies 2024.csv");
        assertThat(RemoteFileName.of("attachment; filename*=UTF-8''gemeenten%20%C3%A9.xlsx",
                URI.create("https://x.nl/export"), null)).isEqualTo("gemeenten é.xlsx");
        assertThat(RemoteFileName.of("attachment; filename=\"../../etc/x.csv\"", URI.create("https://x.nl/a"), null))
                .isEqualTo("x.csv");
    }

    @Test
    void thenTheUrlPathsLastSegmentWhenItHasAKnownEnding() {
        assertThat(RemoteFileName.of(null, URI.create("https://x.nl/data/buurten%202024.geojson?v=2"), "text/plain"))
                .isEqualTo("buurten 2024.geojson");
        assertThat(RemoteFileName.of(null, URI.create("https://x.nl/a/tabel.CSV"), null)).isEqualTo("tabel.CSV");
    }

    @Test
    void thenTheContentType() {
        assertThat(RemoteFileName.of(null, URI.create("https://x.nl/api/export"), "text/csv; charset=utf-8"))
                .isEqualTo("export.csv");
        assertThat(RemoteFileName.of(null, URI.create("https://x.nl/"), "application/geo+json"))
                .isEqualTo("download.geojson");
        assertThat(RemoteFileName.of(null, URI.create("https://x.nl/wfs"), "application/json"))
                .isEqualTo("wfs.json");
        assertThat(RemoteFileName.of(null, URI.create("https://x.nl/get.php"),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")).isEqualTo("get.xlsx");
        assertThat(RemoteFileName.of(null, URI.create("https://x.nl/export"), "application/vnd.apache.parquet"))
                .isEqualTo("export.parquet");
        assertThat(RemoteFileName.of(null, URI.create("https://x.nl/a/kaart.parquet?x=1"), "application/octet-stream"))
                .isEqualTo("kaart.parquet");
    }

    @Test
    void otherwiseTheSegmentAsItIsSoThatTheRefusalNamesIt() {
        assertThat(RemoteFileName.of(null, URI.create("https://x.nl/report.pdf"), "application/pdf"))
                .isEqualTo("report.pdf");
        assertThat(RemoteFileName.of(null, URI.create("https://x.nl"), null)).isEqualTo("download");
    }
}
