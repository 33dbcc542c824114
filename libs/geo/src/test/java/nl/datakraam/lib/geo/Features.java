// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.geo;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Test helpers over {@link FeatureSource}. */
final class Features {

    private Features() {
    }

    /** Every remaining feature of a source. */
    static List<Feature> all(FeatureSource source) throws IOException {
        List<Feature> features = new ArrayList<>();
        for (Feature feature = source.next(); feature != null; feature = source.next()) {
            features.add(feature);
        }
        return features;
    }
}
