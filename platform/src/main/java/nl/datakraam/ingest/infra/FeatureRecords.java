// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest.infra;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.datakraam.lib.geo.Feature;
import nl.datakraam.lib.geo.FeatureSource;
import nl.datakraam.lib.tabular.CsvRecord;
import nl.datakraam.lib.tabular.Issue;
import nl.datakraam.lib.tabular.RecordSource;
import nl.datakraam.lib.tabular.SourceLayout;
import org.jspecify.annotations.Nullable;

/**
 * The attributes of geodata features as table records, so that {@code libs/tabular} infers their types exactly as for
 * a CSV file: the feature's id first (when the source has ids), then every property in a fixed order, a missing or
 * {@code null} property as the empty string. A record's line is the feature's position.
 *
 * <p>Its layout is nominal: {@link RecordSource#open} cannot read these records again; {@link GeoWriter} does, through
 * {@link FeatureSource}. Closing it closes the feature source.
 */
final class FeatureRecords implements RecordSource {

    private final FeatureSource features;
    private final boolean withId;
    private final List<String> keys;
    private final SourceLayout layout;

    FeatureRecords(FeatureSource features, boolean withId, List<String> keys, SourceLayout layout) {
        this.features = features;
        this.withId = withId;
        this.keys = List.copyOf(keys);
        this.layout = layout;
    }

    /** The column titles: {@code id} (when the features have ids) and the property names. */
    static List<String> titles(boolean withId, List<String> keys) {
        List<String> titles = new ArrayList<>(keys.size() + 1);
        if (withId) {
            titles.add("id");
        }
        titles.addAll(keys);
        return titles;
    }

    /** One feature's attributes, as {@link #next()} returns them. */
    static CsvRecord record(Feature feature, boolean withId, List<String> keys) {
        List<String> values = new ArrayList<>(keys.size() + 1);
        if (withId) {
            values.add(feature.id() == null ? "" : feature.id());
        }
        for (String key : keys) {
            String value = feature.properties().get(key);
            values.add(value == null ? "" : value);
        }
        return new CsvRecord(feature.position(), values);
    }

    @Override
    public SourceLayout layout() {
        return layout;
    }

    @Override
    public CsvRecord header() {
        return new CsvRecord(0, titles(withId, keys));
    }

    @Override
    public @Nullable CsvRecord next() throws IOException {
        Feature feature = features.next();
        return feature == null ? null : record(feature, withId, keys);
    }

    @Override
    public long bytesRead() {
        return features.bytesRead();
    }

    @Override
    public List<Issue> issues() {
        return List.of();
    }

    @Override
    public void close() throws IOException {
        features.close();
    }
}
