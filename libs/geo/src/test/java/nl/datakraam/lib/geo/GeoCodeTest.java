// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import nl.datakraam.lib.messages.MessageTemplate;
import org.junit.jupiter.api.Test;

class GeoCodeTest {

    @Test
    void everyCodeHasADistinctKebabCaseKeyAndAWellFormedEnglishTemplate() {
        assertThat(Arrays.stream(GeoCode.values()).map(GeoCode::key)).doesNotHaveDuplicates()
                .allSatisfy(key -> assertThat(key).matches("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+"));
        for (GeoCode code : GeoCode.values()) {
            assertThat(MessageTemplate.argumentNames(code.englishTemplate())).as(code.key()).isNotNull();
        }
    }

    @Test
    void anExceptionCarriesItsCodePositionAndArguments() {
        var e = new GeoException(GeoCode.GEOJSON_BAD_GEOMETRY, 12, Map.of("problem", "single-position", "type", ""));

        assertThat(e.code()).isEqualTo("geojson.bad-geometry");
        assertThat(e.messageCode()).isEqualTo(GeoCode.GEOJSON_BAD_GEOMETRY);
        assertThat(e.position()).isEqualTo(12);
        assertThat(e.arguments()).containsEntry("position", 12L).containsEntry("problem", "single-position");
        assertThat(e.getMessage()).startsWith("Feature 12 has a line with a single position.");
    }
}
