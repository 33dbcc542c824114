// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.datalab;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a map shows; stored as JSON with the map, and the body of {@code POST/PUT /v1/maps} (with title, description
 * and access level). Two kinds:
 * <ul>
 *   <li>{@code features}: the points, lines and polygons of the geodata dataset {@code dataset}, with a popup of
 *       {@code popupFields} (all attributes when empty), optionally only those with {@code filter};</li>
 *   <li>{@code choropleth}: the regions of the boundary dataset {@code dataset} (CBS gemeenten, wijken or buurten as
 *       geodata; those with {@code filter}, and when {@code areaSql} is given only the regions whose code it lists),
 *       coloured by a figure per region: the answer to {@code figureSql}, or the {@code measure} of
 *       {@code figureValueField} per {@code figureCodeField} of {@code figureDataset}. Region and figure are joined by
 *       code in the CBS form of {@code level} (the sandbox's {@code gemeentecode()}, {@code wijkcode()},
 *       {@code buurtcode()}), so that {@code GM0014}, {@code 0014}, {@code 14} and {@code 2022GM0014} meet. The figures
 *       are put in {@code classes} classes by {@code classification}.</li>
 * </ul>
 *
 * @param kind             {@code features} or {@code choropleth}
 * @param baseMap          whether to draw the configured base map under the data (absent: no)
 * @param dataset          the geodata dataset (features) or the boundary dataset (choropleth)
 * @param filter           field of {@code dataset} → the value it must have (OGC API – Features property filter)
 * @param popupFields      features: the fields shown in a feature's popup; empty for all
 * @param codeField        choropleth: the field of {@code dataset} with the region code (CBS: {@code gemeentecode})
 * @param nameField        choropleth: the field with the region's name, or null to show codes only
 * @param level            choropleth: {@code gemeente}, {@code wijk} or {@code buurt}
 * @param areaSql          choropleth: a SELECT whose first column lists the codes of the regions to show, or null for
 *                         every region of {@code dataset} with {@code filter}
 * @param figureSql        choropleth: a SELECT whose first column is the region code and second the figure, one row
 *                         per region; or null to use {@code figureDataset}
 * @param figureDataset    choropleth without {@code figureSql}: the dataset with the figures
 * @param figureCodeField  its field with the region code
 * @param figureValueField its field to measure (not needed for {@code count})
 * @param measure          {@code count}, {@code sum}, {@code avg}, {@code min} or {@code max}
 * @param valueLabel       what the figure is (legend, popup and table heading), e.g. "Gemelde besmettingen"
 * @param classification   {@code quantile} (equal counts per class) or {@code equal} (equal intervals)
 * @param classes          number of classes, 3 to 5 (absent or 0: 5)
 */
public record MapSpec(String kind, Boolean baseMap, UUID dataset, Map<String, String> filter,
        List<String> popupFields, @Nullable String codeField, @Nullable String nameField, @Nullable String level,
        @Nullable String areaSql, @Nullable String figureSql, @Nullable UUID figureDataset,
        @Nullable String figureCodeField, @Nullable String figureValueField, @Nullable String measure,
        @Nullable String valueLabel, @Nullable String classification, Integer classes) {

    public static final String FEATURES = "features";
    public static final String CHOROPLETH = "choropleth";
    public static final List<String> KINDS = List.of(FEATURES, CHOROPLETH);
    public static final List<String> LEVELS = List.of("gemeente", "wijk", "buurt");
    public static final List<String> MEASURES = List.of("count", "sum", "avg", "min", "max");
    public static final List<String> CLASSIFICATIONS = List.of("quantile", "equal");

    /** Absent members are defaults: no filter, every popup field, no base map, 0 classes (then 5). */
    public MapSpec {
        baseMap = baseMap != null && baseMap;
        classes = classes == null ? 0 : classes;
        filter = new LinkedHashMap<>(filter == null ? Map.of() : filter);
        popupFields = List.copyOf(popupFields == null ? List.of() : popupFields);
    }

    public boolean choropleth() {
        return CHOROPLETH.equals(kind);
    }
}
