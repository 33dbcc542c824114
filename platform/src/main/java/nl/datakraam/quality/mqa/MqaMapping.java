// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.mqa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.datakraam.access.AccessLevel;
import nl.datakraam.catalog.Dataset;
import nl.datakraam.catalog.DatasetVersion;
import nl.datakraam.catalog.Distribution;
import nl.datakraam.catalog.VersionSpatial;
import nl.datakraam.quality.mqa.MqaFacts.DatasetFacts;
import nl.datakraam.quality.mqa.MqaFacts.DistributionFacts;
import org.jspecify.annotations.Nullable;

/**
 * How Datakraam's catalogue maps onto the DCAT properties the MQA looks at (docs/mqa.md keeps the same table for
 * people):
 *
 * <pre>
 * dcat:keyword        dataset keywords
 * dcat:theme          not recorded yet (DCAT-AP-NL model)      dct:temporal   not recorded yet
 * dct:spatial         the WGS 84 extent of a geodata version   dcat:contactPoint  not recorded yet
 * dct:accessRights    access level: openbaar -> EU access-right PUBLIC, intern -> NON_PUBLIC
 * dct:publisher       publisher (free text)                    dct:issued/modified  dataset created / modified
 * per distribution (csv, parquet of the current version):
 * dcat:accessURL      the dataset page {base}/datasets/{id}
 * dcat:downloadURL    {base}/v1/datasets/{id}/download?format={format}
 * dct:format          EU file-type URI from formats.csv, else the upper-case format name
 * dcat:mediaType      the distribution's media type             dcat:byteSize  its size
 * dct:license         the dataset's licence                     dct:rights     not recorded yet
 * dct:issued/modified the version's creation time (a distribution never changes once committed)
 * </pre>
 *
 * Pure; {@code base} is the public base URL without a trailing slash.
 */
public final class MqaMapping {

    /** DCAT properties the catalogue cannot record yet; their absence scores 0 as {@code not-held}. */
    public static final Set<String> NOT_HELD = Set.of("dcat:theme", "dct:spatial", "dct:temporal",
            "dcat:contactPoint", "dct:rights");

    private static final Map<AccessLevel, String> ACCESS_RIGHTS = Map.of(
            AccessLevel.OPENBAAR, MqaVocabularies.EU_ACCESS_RIGHT + "PUBLIC",
            AccessLevel.INTERN, MqaVocabularies.EU_ACCESS_RIGHT + "NON_PUBLIC");

    private final MqaVocabularies vocabularies;

    public MqaMapping(MqaVocabularies vocabularies) {
        this.vocabularies = vocabularies;
    }

    /** The dataset's URI: its page. */
    public static String datasetUri(String base, Dataset dataset) {
        return base + "/datasets/" + dataset.id();
    }

    /** A distribution's access URL: the dataset page, where every distribution is offered. */
    public static String accessUrl(String base, Dataset dataset) {
        return datasetUri(base, dataset);
    }

    /** A distribution's download URL. */
    public static String downloadUrl(String base, Dataset dataset, Distribution distribution) {
        return base + "/v1/datasets/" + dataset.id() + "/download?format=" + distribution.format();
    }

    /**
     * The MQA facts of a dataset's current version.
     *
     * @param checks the reachability of each distribution's access and download URL, by distribution format; a
     *               missing entry counts as not checked
     */
    public MqaFacts facts(String base, Dataset dataset, Map<String, UrlChecks> checks, DcatApCheck dcatAp) {
        DatasetVersion version = dataset.currentVersion();
        VersionSpatial.@Nullable Bbox bbox = version == null || version.spatial() == null ? null
                : version.spatial().bbox();
        var datasetFacts = new DatasetFacts(datasetUri(base, dataset), dataset.title(), dataset.description(),
                dataset.keywords(), List.of(),
                bbox == null ? null : "bbox %s,%s,%s,%s (WGS 84)".formatted(bbox.west(), bbox.south(), bbox.east(),
                        bbox.north()),
                null, ACCESS_RIGHTS.get(dataset.accessLevel()), null, dataset.publisher(), dataset.createdAt(),
                dataset.modifiedAt());
        List<DistributionFacts> distributions = new ArrayList<>();
        if (version != null) {
            for (Distribution distribution : version.distributions()) {
                UrlChecks check = checks.getOrDefault(distribution.format(), new UrlChecks(
                        Reachability.notChecked(accessUrl(base, dataset), "no check was made"),
                        Reachability.notChecked(downloadUrl(base, dataset, distribution), "no check was made")));
                distributions.add(new DistributionFacts(distribution.format(), accessUrl(base, dataset),
                        downloadUrl(base, dataset, distribution), format(distribution), distribution.mediaType(),
                        dataset.licence(), null, distribution.byteSize(), version.createdAt(), version.createdAt(),
                        check.accessUrl(), check.downloadUrl()));
            }
        }
        return new MqaFacts(datasetFacts, distributions, dcatAp, NOT_HELD);
    }

    private String format(Distribution distribution) {
        return vocabularies.format(distribution.format()).map(f -> f.fileType())
                .orElse(distribution.format().toUpperCase(Locale.ROOT));
    }

    /** The checks of one distribution's two URLs. */
    public record UrlChecks(Reachability accessUrl, Reachability downloadUrl) {
    }
}
