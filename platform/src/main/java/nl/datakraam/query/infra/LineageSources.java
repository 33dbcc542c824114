// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query.infra;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.datakraam.catalog.Dataset;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.catalog.DatasetSources;
import org.springframework.stereotype.Component;

/**
 * The catalogue's {@code dct:source}: for each derived dataset, the sources of the run that made its current version
 * (the newest run while that version's ingest is running). One query for the datasets given, two more per derived
 * dataset among them.
 */
@Component
class LineageSources implements DatasetSources {

    private final LineageStore lineage;

    LineageSources(LineageStore lineage) {
        this.lineage = lineage;
    }

    @Override
    public Map<DatasetId, List<DatasetId>> sourcesOf(List<Dataset> datasets) {
        Map<DatasetId, List<DatasetId>> sources = new HashMap<>();
        Set<UUID> derived = lineage.derivedAmong(datasets.stream().map(d -> d.id().value()).toList());
        for (Dataset dataset : datasets) {
            if (!derived.contains(dataset.id().value())) {
                continue;
            }
            UUID version = dataset.currentVersion() == null ? null : dataset.currentVersion().id();
            lineage.runOf(dataset.id().value(), version).ifPresent(run -> sources.put(dataset.id(),
                    lineage.sources(run.id()).stream().map(s -> new DatasetId(s.datasetId())).toList()));
        }
        return sources;
    }
}
