// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query;

import java.util.List;

/**
 * A page of the features a {@link FeatureFilter} selects, in the data's order.
 *
 * @param matched how many features the filter selects in all
 */
public record FeaturePage(List<FeatureRow> features, long matched) {

    public FeaturePage {
        features = List.copyOf(features);
    }
}
