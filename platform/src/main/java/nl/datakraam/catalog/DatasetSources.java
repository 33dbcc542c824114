// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import java.util.List;
import java.util.Map;

/**
 * Which datasets others were derived from ({@code dct:source}), as the module that derives datasets knows it (the
 * query module's lineage). The catalogue's RDF writers ask it, if such a module is present, when they write several
 * datasets into one graph ({@link DcatRdf#addSources}).
 */
public interface DatasetSources {

    /**
     * For each of these datasets that is derived from others, the datasets its current version was made from;
     * datasets that are not derived are absent. Says nothing about who may read them: callers filter.
     */
    Map<DatasetId, List<DatasetId>> sourcesOf(List<Dataset> datasets);
}
