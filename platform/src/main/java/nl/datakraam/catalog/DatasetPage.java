// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import java.util.List;

/** One page of a catalogue listing; {@code total} counts every dataset the caller may see. */
public record DatasetPage(List<Dataset> items, long total) {

    public DatasetPage {
        items = List.copyOf(items);
    }
}
