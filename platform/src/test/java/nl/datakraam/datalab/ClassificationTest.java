// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.datalab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.datakraam.datalab.Classification.MapClass;
import org.junit.jupiter.api.Test;

/** Classes of a choropleth: quantiles, equal intervals, merged breaks, and YlGnBu colours. */
class ClassificationTest {

    private static List<String> described(List<MapClass> classes) {
        return classes.stream().map(c -> c.lower() + "-" + c.upper() + ":" + c.count()).toList();
    }

    /**
     * Nine figures, five quantile classes: nearest-rank breaks at ranks ⌈9·i/5⌉ = 2, 4, 6, 8.
     *
     * <pre>
     *   sorted  7 17 | 18 26 | 30 59 | 61 69 | 483
     * </pre>
     */
    @Test
    void quantilesPutAboutAsManyFiguresInEachClass() {
        List<MapClass> classes = Classification.classify(List.of(483.0, 69.0, 7.0, 17.0, 18.0, 26.0, 30.0, 59.0,
                61.0), "quantile", 5);

        assertThat(described(classes)).containsExactly("7.0-17.0:2", "17.0-26.0:2", "26.0-59.0:2", "59.0-69.0:2",
                "69.0-483.0:1");
        assertThat(classes).extracting(MapClass::colour).containsExactly("#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8",
                "#253494");
        assertThat(Classification.classOf(7, classes)).isEqualTo(1);
        assertThat(Classification.classOf(17, classes)).isEqualTo(1);
        assertThat(Classification.classOf(18, classes)).isEqualTo(2);
        assertThat(Classification.classOf(483, classes)).isEqualTo(5);
    }

    @Test
    void equalIntervalsCutTheRangeIntoEqualParts() {
        List<MapClass> classes = Classification.classify(List.of(0.0, 10.0, 20.0, 30.0, 40.0, 100.0), "equal", 5);

        assertThat(described(classes)).containsExactly("0.0-20.0:3", "20.0-40.0:2", "40.0-60.0:0", "60.0-80.0:0",
                "80.0-100.0:1");
    }

    @Test
    void breaksThatCoincideAreMerged() {
        assertThat(described(Classification.classify(List.of(5.0, 5.0, 5.0, 7.0), "quantile", 5)))
                .containsExactly("5.0-5.0:3", "5.0-7.0:1");
        assertThat(described(Classification.classify(List.of(3.0, 3.0), "equal", 5))).containsExactly("3.0-3.0:2");
        assertThat(Classification.classify(List.of(), "quantile", 5)).isEmpty();
    }
}
