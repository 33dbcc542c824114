// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.mqa;

/**
 * The indicators of the MQA method with their points, as data.europa.eu's MQA methodology lists them and as piveau
 * (the software behind data.europa.eu) scores them: the metric names are piveau's DQV metrics
 * ({@code pv:keywordAvailability} …, scored in {@code piveau-metrics-score}, {@code Scoring.kt}); the points are the
 * method's weights. A metric is either measured on the dataset or on each distribution ({@link #onDistribution()});
 * see {@link Mqa} for how distributions are combined.
 *
 * <p>Not included: piveau's newer {@code formatMatch} and {@code syntaxValid} (15 points each), which the 405-point
 * method that data.europa.eu publishes does not count.
 */
public enum MqaIndicator {
    KEYWORDS("keywordAvailability", MqaDimension.FINDABILITY, 30, false, "dcat:keyword"),
    CATEGORIES("categoryAvailability", MqaDimension.FINDABILITY, 30, false, "dcat:theme"),
    SPATIAL("spatialAvailability", MqaDimension.FINDABILITY, 20, false, "dct:spatial"),
    TEMPORAL("temporalAvailability", MqaDimension.FINDABILITY, 20, false, "dct:temporal"),
    ACCESS_URL_REACHABLE("accessUrlStatusCode", MqaDimension.ACCESSIBILITY, 50, true, "dcat:accessURL"),
    DOWNLOAD_URL("downloadUrlAvailability", MqaDimension.ACCESSIBILITY, 20, true, "dcat:downloadURL"),
    DOWNLOAD_URL_REACHABLE("downloadUrlStatusCode", MqaDimension.ACCESSIBILITY, 30, true, "dcat:downloadURL"),
    FORMAT("formatAvailability", MqaDimension.INTEROPERABILITY, 20, true, "dct:format"),
    MEDIA_TYPE("mediaTypeAvailability", MqaDimension.INTEROPERABILITY, 10, true, "dcat:mediaType"),
    FORMAT_VOCABULARY("formatMediaTypeVocabularyAlignment", MqaDimension.INTEROPERABILITY, 10, true,
            "dct:format, dcat:mediaType"),
    NON_PROPRIETARY("formatMediaTypeNonProprietary", MqaDimension.INTEROPERABILITY, 20, true, "dct:format"),
    MACHINE_READABLE("formatMediaTypeMachineInterpretable", MqaDimension.INTEROPERABILITY, 20, true, "dct:format"),
    DCAT_AP_COMPLIANCE("dcatApCompliance", MqaDimension.INTEROPERABILITY, 30, false, "DCAT-AP 3.0.1"),
    LICENCE("licenceAvailability", MqaDimension.REUSABILITY, 20, true, "dct:license"),
    LICENCE_VOCABULARY("knownLicence", MqaDimension.REUSABILITY, 10, true, "dct:license"),
    ACCESS_RIGHTS("accessRightsAvailability", MqaDimension.REUSABILITY, 10, false, "dct:accessRights"),
    ACCESS_RIGHTS_VOCABULARY("accessRightsVocabularyAlignment", MqaDimension.REUSABILITY, 5, false,
            "dct:accessRights"),
    CONTACT_POINT("contactPointAvailability", MqaDimension.REUSABILITY, 20, false, "dcat:contactPoint"),
    PUBLISHER("publisherAvailability", MqaDimension.REUSABILITY, 10, false, "dct:publisher"),
    RIGHTS("rightsAvailability", MqaDimension.CONTEXTUALITY, 5, true, "dct:rights"),
    BYTE_SIZE("byteSizeAvailability", MqaDimension.CONTEXTUALITY, 5, true, "dcat:byteSize"),
    ISSUED("dateIssuedAvailability", MqaDimension.CONTEXTUALITY, 5, true, "dct:issued"),
    MODIFIED("dateModifiedAvailability", MqaDimension.CONTEXTUALITY, 5, true, "dct:modified");

    /** Most points the whole method gives. */
    public static final int MAX = 405;

    private final String id;
    private final MqaDimension dimension;
    private final int points;
    private final boolean onDistribution;
    private final String property;

    MqaIndicator(String id, MqaDimension dimension, int points, boolean onDistribution, String property) {
        this.id = id;
        this.dimension = dimension;
        this.points = points;
        this.onDistribution = onDistribution;
        this.property = property;
    }

    /** piveau's metric name, e.g. {@code keywordAvailability}; also the wire and message-key value. */
    public String id() {
        return id;
    }

    public MqaDimension dimension() {
        return dimension;
    }

    /** Points when met; 0 otherwise. */
    public int points() {
        return points;
    }

    /**
     * Whether the metric is measured per distribution. {@link #ISSUED} and {@link #MODIFIED} are measured on both the
     * distributions and the dataset; the dataset's counts only for a dataset without distributions.
     */
    public boolean onDistribution() {
        return onDistribution;
    }

    /** The DCAT property the indicator looks at, as a prefixed name. */
    public String property() {
        return property;
    }
}
