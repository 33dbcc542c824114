// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import org.jspecify.annotations.Nullable;

/**
 * Checks metadata a steward enters, field by field, and returns it in its stored form (trimmed, list values as the
 * lists write them). What DCAT-AP-NL makes mandatory and a steward fills in (licence, a theme, a contact point) may
 * be changed but not cleared; title and the rest come from the system. The first problem is thrown as {@link ErrorCode#METADATA_INVALID} whose details say
 * {@code field} (the API member, e.g. {@code contactEmail}), {@code problem} ({@code required}, {@code too-long},
 * {@code not-in-list}, {@code email}, {@code url}, {@code phone}, {@code end-before-start}, {@code pattern}) and the
 * facts of the problem ({@code maxLength}, {@code list}); {@code error.metadata.invalid} says it in Dutch.
 */
public final class MetadataValidation {

    private MetadataValidation() {
    }

    /** The metadata in stored form. */
    public static DatasetMetadata checked(DatasetMetadata m) {
        return checked(m, false);
    }

    /**
     * The metadata in stored form; without a licence only when {@code licenceFlagged}: a harvested record whose
     * licence text matched no licence of the list keeps that text as an unknown licence ({@link Harvest}).
     */
    static DatasetMetadata checked(DatasetMetadata m, boolean licenceFlagged) {
        String title = requireLength("title", m.title(), 1, 500);
        requireLength("description", m.description(), 0, 100_000);
        List<String> keywords = m.keywords().stream().map(String::strip).filter(k -> !k.isEmpty())
                .map(k -> k.replace(",", " ")).distinct().toList();
        requireLength("keywords", String.join(", ", keywords), 0, 2000);
        String licence = m.licence() == null || m.licence().isBlank() ? null
                : inList("licence", Vocabularies.licences(), m.licence()).iri();
        if (licence != null && m.licence() != null
                && Vocabularies.normalised(m.licence()).equals(Vocabularies.normalised(licence))) {
            licence = m.licence().strip();
        }
        if (licence == null && !licenceFlagged) {
            throw invalid("licence", "required", Map.of(), "licence is required (DCAT-AP-NL: dct:license on every "
                    + "distribution); choose one of the licence list");
        }
        DcatProperties properties = properties(m.properties());
        if (properties.themes().isEmpty()) {
            throw invalid("euThemes", "required", Map.of(), "at least one theme is required (DCAT-AP-NL: dcat:theme)");
        }
        if (properties.contactPoint() == null) {
            throw invalid("contactName", "required", Map.of(), "a contact point is required (DCAT-AP-NL: "
                    + "dcat:contactPoint)");
        }
        return new DatasetMetadata(title, blankToNull(m.description()), m.organisationId(), licence, keywords,
                m.accessLevel(), m.updateFrequency(), properties);
    }

    /** The DCAT properties in stored form. */
    public static DcatProperties properties(DcatProperties p) {
        String identifier = blankToNull(p.identifier());
        requireLength("identifier", identifier, 0, 500);
        List<String> themes = new ArrayList<>();
        for (String theme : p.themes()) {
            themes.add(inList("themes", Vocabularies.themes(), theme).iri());
        }
        List<String> languages = new ArrayList<>();
        for (String language : p.languages()) {
            languages.add(inList("languages", Vocabularies.languages(), language).iri());
        }
        String metadataLanguage = p.metadataLanguage() == null || p.metadataLanguage().isBlank() ? null
                : inList("metadataLanguage", Vocabularies.languages(), p.metadataLanguage()).iri();
        ContactPoint contact = contactPoint(p.contactPoint());
        String authority = blankToNull(p.authority());
        if (authority != null) {
            authority = Vocabularies.find(Vocabularies.organisations(), authority).map(Concept::iri).orElse(authority);
            requireUrl("authority", authority);
        }
        String landingPage = blankToNull(p.landingPage());
        requireUrl("landingPage", landingPage);
        String documentation = blankToNull(p.documentation());
        requireUrl("documentation", documentation);
        List<String> conformsTo = p.conformsTo().stream().map(String::strip).filter(s -> !s.isEmpty()).distinct()
                .toList();
        conformsTo.forEach(c -> requireUrl("conformsTo", c));
        requireLength("conformsTo", String.join(" ", conformsTo), 0, 4000);
        String provenance = blankToNull(p.provenance());
        requireLength("provenance", provenance, 0, 20_000);
        List<String> spatial = new ArrayList<>();
        for (String place : p.spatial()) {
            spatial.add(inList("spatial", Vocabularies.places(), place).code());
        }
        if (p.temporalStart() != null && p.temporalEnd() != null && p.temporalEnd().isBefore(p.temporalStart())) {
            throw invalid("temporalEnd", "end-before-start", Map.of(), "temporalEnd lies before temporalStart");
        }
        return new DcatProperties(identifier, themes.stream().distinct().toList(),
                languages.stream().distinct().toList(), metadataLanguage, contact, authority, landingPage,
                documentation, conformsTo, provenance, spatial.stream().distinct().toList(), p.temporalStart(),
                p.temporalEnd());
    }

    /** An organisation's defaults in stored form. */
    static Organisation.Defaults defaults(Organisation.Defaults d) {
        String licence = d.licence() == null || d.licence().isBlank() ? null
                : inList("licence", Vocabularies.licences(), d.licence()).iri();
        String language = d.language() == null || d.language().isBlank() ? null
                : inList("language", Vocabularies.languages(), d.language()).iri();
        String authority = blankToNull(d.authority());
        requireUrl("authority", authority);
        List<String> themes = d.themes().stream().map(t -> inList("themes", Vocabularies.themes(), t).iri())
                .distinct().toList();
        return new Organisation.Defaults(contactPoint(d.contactPoint()), licence, language, authority, themes);
    }

    private static @Nullable ContactPoint contactPoint(@Nullable ContactPoint c) {
        if (c == null) {
            return null;
        }
        String name = blankToNull(c.name());
        String email = blankToNull(c.email());
        String phone = blankToNull(c.phone());
        if (name == null && email == null && phone == null) {
            return null;
        }
        if (name == null) {
            throw invalid("contactName", "required", Map.of(), "contactName is required with a contact point");
        }
        requireLength("contactName", name, 1, 500);
        if (email == null && phone == null) {
            throw invalid("contactEmail", "required", Map.of(),
                    "a contact point needs an e-mail address or a phone number (DCAT-AP-DONL)");
        }
        if (email != null && (email.length() > 320
                || !email.matches("[^@\\s<>\"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9-]+)+"))) {
            throw invalid("contactEmail", "email", Map.of(), "contactEmail must be an e-mail address such as "
                    + "data@provincie.nl");
        }
        if (phone != null && !phone.matches("\\+?[0-9 ()-]{6,30}")) {
            throw invalid("contactPhone", "phone", Map.of(), "contactPhone must be a phone number such as "
                    + "+31 50 316 4911 (digits, spaces, +, -, parentheses)");
        }
        return new ContactPoint(name, email, phone);
    }

    static Concept inList(String field, List<Concept> list, String value) {
        return Vocabularies.find(list, value).orElseThrow(() -> invalid(field, "not-in-list",
                Map.of("list", listName(field)), field + " must be an IRI or code of the " + listName(field)
                        + " value list (GET /v1/vocabularies); '" + value.strip() + "' is not in it"));
    }

    private static String listName(String field) {
        return switch (field) {
            case "themes" -> "euThemes/donlThemes";
            case "languages", "metadataLanguage", "language" -> "languages";
            case "spatial" -> "places";
            case "licence" -> "licences";
            default -> field;
        };
    }

    /** Checks the length after trimming and returns the trimmed value. */
    static @Nullable String requireLength(String field, @Nullable String value, int min, int max) {
        String stripped = value == null ? null : value.strip();
        int length = stripped == null ? 0 : stripped.length();
        if (length < min) {
            throw invalid(field, "required", Map.of(), field + " is required");
        }
        if (length > max) {
            throw invalid(field, "too-long", Map.of("maxLength", max, "length", length), field + " must have at most "
                    + max + " characters; it has " + length);
        }
        return stripped;
    }

    /** An absolute http(s) URL or, where a URN names a thing, a URN. */
    static void requireUrl(String field, @Nullable String value) {
        if (value == null) {
            return;
        }
        try {
            URI uri = new URI(value);
            boolean web = ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
            if ((web || "urn".equalsIgnoreCase(uri.getScheme())) && value.length() <= 2000) {
                return;
            }
        } catch (URISyntaxException e) {
            // said below
        }
        throw invalid(field, "url", Map.of(), field + " must be an address starting with https:// or http://");
    }

    static PlatformException invalid(String field, String problem, Map<String, Object> facts, String english) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("field", field);
        details.put("problem", problem);
        details.putAll(facts);
        return new PlatformException(ErrorCode.METADATA_INVALID, english + ".", details);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
