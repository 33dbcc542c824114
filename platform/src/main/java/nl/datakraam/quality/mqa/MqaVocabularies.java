// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.mqa;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.datakraam.catalog.DcatRdf;
import nl.datakraam.catalog.Vocabularies;
import org.jspecify.annotations.Nullable;

/**
 * The value lists the MQA's vocabulary indicators check against:
 * <ul>
 *   <li>licences: the DCAT-AP-DONL licence taxonomy (the licences data.overheid.nl accepts), the catalogue's list
 *       ({@link Vocabularies#licences()});
 *   <li>access rights: the DCAT-AP-DONL access-right concepts ({@code access-rights/*.ttl}) and the EU access-right
 *       authority table URIs they map to ({@code skos:exactMatch} / {@code skos:broader});
 *   <li>formats: the EU file-type IRI of each distribution format from the official TOOI file-type list the catalogue
 *       bundles ({@link DcatRdf#fileType}); the IANA media type and the non-proprietary and machine-readable flags
 *       from Datakraam's own table ({@code formats.csv}, bundled beside this class, see {@code PROVENANCE.md}),
 *       since the IANA register and data.europa.eu's lists of non-proprietary and machine-readable formats are not in
 *       the project's standards folder: only what a source confirms is credited.
 * </ul>
 * Immutable and thread-safe once loaded.
 */
public final class MqaVocabularies {

    /** Resource names, relative to this class. */
    static final List<String> ACCESS_RIGHTS = List.of("BELANG_BETREKKINGEN", "CONFIDENTIAL", "ECONOMISCHE_BELANGEN",
            "GEVAAR_EENHEID_KROON", "INSPECTIE_CONTROLE_TOEZICHT", "NIET_PUBLIEK", "ONDER_VOORWAARDEN",
            "PERSOONLIJKE_BELEIDSOPVATTINGEN", "PRIVACY", "PUBLIEK", "RECHTEN_VAN_DERDEN", "STAATSVEILIGHEID",
            "STRAFRECHT");
    static final String FORMATS = "formats.csv";

    /** The EU access-right authority table, whose terms DCAT-AP-NL requires for {@code dct:accessRights}. */
    public static final String EU_ACCESS_RIGHT = "http://publications.europa.eu/resource/authority/access-right/";

    private static final Pattern CONCEPT = Pattern.compile("^<([^>]+)>", Pattern.MULTILINE);
    private static final Pattern MATCH = Pattern.compile("skos:(?:exactMatch|broader) <([^>]+)>");

    private static final MqaVocabularies BUNDLED = load();

    private final Set<String> licences;
    private final Set<String> accessRights;
    private final Map<String, Format> formats;

    MqaVocabularies(Set<String> licences, Set<String> accessRights, Map<String, Format> formats) {
        this.licences = Set.copyOf(licences);
        this.accessRights = Set.copyOf(accessRights);
        this.formats = Map.copyOf(formats);
    }

    /** The bundled lists. */
    public static MqaVocabularies bundled() {
        return BUNDLED;
    }

    /**
     * A distribution format Datakraam produces.
     *
     * @param name            short name, e.g. {@code csv}
     * @param fileType        EU file-type authority table URI; null when not confirmed
     * @param mediaType       IANA media type, e.g. {@code text/csv}
     * @param ianaRegistered  whether the media type is confirmed registered with IANA
     * @param nonProprietary  on data.europa.eu's list of non-proprietary formats
     * @param machineReadable on data.europa.eu's list of machine-readable formats
     */
    public record Format(String name, @Nullable String fileType, String mediaType, boolean ianaRegistered,
            boolean nonProprietary, boolean machineReadable) {
    }

    /** The format entry for a distribution format name, e.g. {@code csv}. */
    public Optional<Format> format(String name) {
        return Optional.ofNullable(formats.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The entry whose EU file-type URI is {@code uri}. */
    public Optional<Format> formatByFileType(String uri) {
        return formats.values().stream().filter(f -> uri.equals(f.fileType())).findFirst();
    }

    /** The entry whose media type is {@code mediaType} (parameters ignored). */
    public Optional<Format> formatByMediaType(String mediaType) {
        String bare = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return formats.values().stream().filter(f -> f.mediaType().equals(bare)).findFirst();
    }

    /**
     * Whether a licence is in the licence list. URIs are compared without scheme, without a trailing {@code /} and
     * without Creative Commons' language suffix ({@code deed.nl}), so {@code https://creativecommons.org/licenses/by/4.0/}
     * matches the list's {@code http://creativecommons.org/licenses/by/4.0/deed.nl}.
     */
    public boolean knownLicence(@Nullable String licence) {
        return licence != null && licences.contains(normalised(licence));
    }

    /** Whether an access-rights URI is a DCAT-AP-DONL access-right concept or the EU term it maps to. */
    public boolean knownAccessRight(@Nullable String uri) {
        return uri != null && accessRights.contains(uri.strip());
    }

    static String normalised(String uri) {
        return Vocabularies.normalised(uri);
    }

    private static MqaVocabularies load() {
        Set<String> licences = new LinkedHashSet<>();
        Vocabularies.licences().forEach(l -> licences.add(normalised(l.iri())));
        Set<String> accessRights = new LinkedHashSet<>();
        for (String name : ACCESS_RIGHTS) {
            String text = resource("access-rights/" + name + ".ttl");
            Matcher concept = CONCEPT.matcher(text);
            if (concept.find()) {
                accessRights.add(concept.group(1));
            }
            Matcher match = MATCH.matcher(text);
            while (match.find()) {
                if (match.group(1).startsWith(EU_ACCESS_RIGHT)) {
                    accessRights.add(match.group(1));
                }
            }
        }
        Map<String, Format> formats = new HashMap<>();
        for (String line : resource(FORMATS).split("\n")) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("name,")) {
                continue;
            }
            String[] cells = line.strip().split(",", -1);
            formats.put(cells[0], new Format(cells[0], DcatRdf.fileType(cells[0]).orElse(null), cells[1],
                    Boolean.parseBoolean(cells[2]), Boolean.parseBoolean(cells[3]), Boolean.parseBoolean(cells[4])));
        }
        return new MqaVocabularies(licences, accessRights, formats);
    }

    /** A bundled resource's text (UTF-8). */
    static String resource(String name) {
        try (InputStream in = MqaVocabularies.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The bundled value list " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
