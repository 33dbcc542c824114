// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The base map's tile origin that the Content-Security-Policy allows in {@code img-src}. */
class SecurityHeadersTest {

    @Test
    void theOriginOfATileTemplate() {
        assertThat(SecurityHeaders.tileOrigin(
                "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png"))
                .isEqualTo("https://service.pdok.nl");
        assertThat(SecurityHeaders.tileOrigin("http://tiles.example.org:8080/{z}/{x}/{y}.png"))
                .isEqualTo("http://tiles.example.org:8080");
        assertThat(SecurityHeaders.tileOrigin("https://{s}.tile.example.org/{z}/{x}/{y}.png"))
                .isEqualTo("https://*.tile.example.org");
    }

    @Test
    void refusesATemplateThatIsNoHttpUrl() {
        assertThatThrownBy(() -> SecurityHeaders.tileOrigin("/tiles/{z}/{x}/{y}.png"))
                .hasMessageContaining("datakraam.datalab.basemap.url");
        assertThatThrownBy(() -> SecurityHeaders.tileOrigin("javascript:alert(1)"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> SecurityHeaders.tileOrigin("https://evil.example 'unsafe-inline'/{z}"))
                .isInstanceOf(IllegalStateException.class);
    }
}
