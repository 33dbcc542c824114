// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.mqa;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the MQA looks at, in DCAT terms: a dataset's metadata, its distributions with the results of checking their
 * URLs, and the DCAT-AP validation. Values are as published (URIs for vocabulary terms); null or empty means the
 * property is absent.
 *
 * @param dataset       the dataset's own properties
 * @param distributions its distributions, in a stable order (ties between equally good ones go to the first)
 * @param dcatAp        the DCAT-AP SHACL validation of the dataset's description
 * @param notHeld       DCAT properties (prefixed, e.g. {@code dcat:theme}) that the catalogue cannot record yet: an
 *                      absent value of one is reported as {@code not-held} rather than {@code absent}
 */
public record MqaFacts(DatasetFacts dataset, List<DistributionFacts> distributions, DcatApCheck dcatAp,
        Set<String> notHeld) {

    public MqaFacts {
        distributions = List.copyOf(distributions);
        notHeld = Set.copyOf(notHeld);
    }

    /** The same facts with another DCAT-AP validation outcome. */
    public MqaFacts withDcatAp(DcatApCheck check) {
        return new MqaFacts(dataset, distributions, check, notHeld);
    }

    /**
     * @param uri          the dataset's URI (its page)
     * @param title        {@code dct:title}
     * @param description  {@code dct:description}
     * @param keywords     {@code dcat:keyword}
     * @param themes       {@code dcat:theme}, URIs
     * @param spatial      {@code dct:spatial}, a description of the area (e.g. a bbox); null when absent
     * @param temporal     {@code dct:temporal}; null when absent
     * @param accessRights {@code dct:accessRights}, a URI
     * @param contactPoint {@code dcat:contactPoint}
     * @param publisher    {@code dct:publisher}
     * @param issued       {@code dct:issued}
     * @param modified     {@code dct:modified}
     */
    public record DatasetFacts(String uri, String title, @Nullable String description, List<String> keywords, List<String> themes, @Nullable String spatial,
            @Nullable String temporal, @Nullable String accessRights, @Nullable String contactPoint,
            @Nullable String publisher, @Nullable Instant issued, @Nullable Instant modified) {

        public DatasetFacts {
            keywords = List.copyOf(keywords);
            themes = List.copyOf(themes);
        }
    }

    /**
     * @param name            short name shown to people, e.g. {@code csv}
     * @param accessUrl       {@code dcat:accessURL}
     * @param downloadUrl     {@code dcat:downloadURL}
     * @param format          {@code dct:format}: an EU file-type URI, or a plain label when no URI is known
     * @param mediaType       {@code dcat:mediaType}: an IANA media type such as {@code text/csv}
     * @param licence         {@code dct:license}
     * @param rights          {@code dct:rights}
     * @param byteSize        {@code dcat:byteSize}, bytes
     * @param issued          {@code dct:issued}
     * @param modified        {@code dct:modified}
     * @param accessUrlCheck  the HTTP check of the access URL
     * @param downloadUrlCheck the HTTP check of the download URL
     */
    public record DistributionFacts(String name, @Nullable String accessUrl, @Nullable String downloadUrl,
            @Nullable String format, @Nullable String mediaType, @Nullable String licence, @Nullable String rights,
            @Nullable Long byteSize, @Nullable Instant issued, @Nullable Instant modified,
            Reachability accessUrlCheck, Reachability downloadUrlCheck) {
    }
}
