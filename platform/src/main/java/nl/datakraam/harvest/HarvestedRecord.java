// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.harvest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.datakraam.catalog.Harvest;
import org.jspecify.annotations.Nullable;

/**
 * One record of a source, mapped: its members as a metadata patch takes them ({@code title}, {@code description},
 * {@code licence}, {@code temporalStart}, …, as {@link nl.datakraam.catalog.DcatRdf#read} gives them for DCAT).
 *
 * @param original     its identifier in the source: the dataset IRI, else {@code dct:identifier}; CKAN's id
 * @param members      metadata members; {@code licence} only when it matched the licence list
 * @param links        the source's distributions
 * @param nonPublic    CKAN {@code private: true}, or DCAT access rights other than PUBLIC (NON_PUBLIC, RESTRICTED,
 *                     CONFIDENTIAL, …): imported as {@code intern}, never public
 * @param licenceLabel the source's licence text when it matched no licence of the list, empty when the record names
 *                     no licence (both flagged as unknown); null when matched
 */
record HarvestedRecord(String original, Map<String, @Nullable Object> members, List<Harvest.Link> links,
        boolean nonPublic, @Nullable String licenceLabel) {

    /** A fingerprint of everything imported from the record: equal fingerprints, unchanged record. */
    String fingerprint() {
        String text = new TreeMap<>(members) + "|" + links + "|" + nonPublic + "|" + licenceLabel;
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The record's title, for messages. */
    String title() {
        return String.valueOf(members.getOrDefault("title", original));
    }
}
