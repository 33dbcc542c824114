// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The controlled value lists of DCAT-AP-NL 3.0 (section 151, Waardelijsten) and DCAT-AP-DONL 1.1 that the catalogue
 * offers, read once from the resources under {@code nl/datakraam/catalog/vocab/} (see the {@code PROVENANCE.md}
 * there; {@code VocabulariesTest} checks every copy against {@code ../shared/standards}). Never typed in code.
 * Immutable and thread-safe.
 *
 * <ul>
 *   <li>{@link #euThemes()}: the EU Data Theme vocabulary ({@code dcat:theme}, mandatory list in DCAT-AP-NL);
 *   <li>{@link #donlThemes()}: the OWMS {@code overheid:TaxonomieBeleidsagenda} themes data.overheid.nl uses: 17
 *       top themes and 93 themes under them ({@link #donlTopTheme});
 *   <li>{@link #licences()}: the DCAT-AP-DONL licence taxonomy;
 *   <li>{@link #languages()}: the TOOI language list (EU language IRIs with Dutch labels);
 *   <li>{@link #fileTypes()}: the TOOI/PLOOI file-type list (EU file-type IRIs);
 *   <li>{@link #organisations()}: the TOOI registers of provinces, municipalities, water boards and ministries;
 *   <li>{@link #places()}: provinces and municipalities as places for {@code dct:spatial}, by CBS code
 *       ({@code PV20}, {@code GM0014}).
 * </ul>
 */
public final class Vocabularies {

    /** Folder of the bundled lists, as a class-path resource path. */
    public static final String FOLDER = "vocab/";

    public static final String EU_THEME_SCHEME = "http://publications.europa.eu/resource/authority/data-theme";
    public static final String DONL_THEME_SCHEME = "http://standaarden.overheid.nl/owms/terms/TaxonomieBeleidsagenda";
    public static final String LICENCE_SCHEME = "https://dcat.overheid.nl/application-profile/donl/taxonomy/licenses";
    public static final String LANGUAGE_SCHEME = "http://publications.europa.eu/resource/authority/language";
    public static final String FILE_TYPE_SCHEME = "http://publications.europa.eu/resource/authority/file-type";
    public static final String TOOI_SCHEME = "https://identifier.overheid.nl/tooi/set/rwc_overheidsorganisaties";

    /** The bundled files copied byte for byte from {@code ../shared/standards}, by resource name → shared path. */
    public static final Map<String, String> OFFICIAL_COPIES = Map.of(
            "hierarchy_theme.json", "dcat-ap-donl/donl-1.1/hierarchy_theme.json",
            "licenses.ttl", "dcat-ap-donl/taxonomy/licenses.ttl",
            "scw_talen.csv", "diwoo/tooi-lijsten/scw_talen.csv",
            "ccw_plooi_filetypes.csv", "diwoo/tooi-lijsten/ccw_plooi_filetypes.csv",
            "rwc_provincies_compleet.csv", "diwoo/tooi-lijsten/rwc_provincies_compleet.csv",
            "rwc_gemeenten_compleet.csv", "diwoo/tooi-lijsten/rwc_gemeenten_compleet.csv",
            "rwc_waterschappen_compleet.csv", "diwoo/tooi-lijsten/rwc_waterschappen_compleet.csv",
            "rwc_ministeries_compleet.csv", "diwoo/tooi-lijsten/rwc_ministeries_compleet.csv");

    private static final List<String> ORGANISATION_LISTS = List.of("rwc_provincies_compleet.csv",
            "rwc_gemeenten_compleet.csv", "rwc_waterschappen_compleet.csv", "rwc_ministeries_compleet.csv");
    private static final Pattern TOP_CONCEPT = Pattern.compile("skos:hasTopConcept <([^>]+)>");

    private static final List<Concept> EU_THEMES = euThemeList();
    private static final Map<String, String> DONL_TOP = donlTopThemes();
    private static final List<Concept> DONL_THEMES = DONL_TOP.keySet().stream()
            .map(iri -> owmsConcept(iri, DONL_THEME_SCHEME)).sorted(java.util.Comparator.comparing(Concept::labelNl))
            .toList();
    private static final List<Concept> LICENCES = licenceList();
    private static final List<Concept> LANGUAGES = uriLabelList("scw_talen.csv", LANGUAGE_SCHEME);
    private static final List<Concept> FILE_TYPES = java.util.stream.Stream.concat(
            uriLabelList("ccw_plooi_filetypes.csv", FILE_TYPE_SCHEME).stream(),
            uriLabelList("eu-file-type-data.csv", FILE_TYPE_SCHEME).stream()).toList();
    private static final List<Concept> ORGANISATIONS = ORGANISATION_LISTS.stream()
            .flatMap(name -> uriLabelList(name, TOOI_SCHEME).stream()).toList();
    private static final List<Concept> PLACES = ORGANISATIONS.stream()
            .filter(o -> o.code().matches("(pv|gm)\\d+"))
            .map(o -> new Concept(o.iri(), o.code().toUpperCase(Locale.ROOT),
                    o.labelNl().replaceFirst("^(provincie|gemeente) ", ""),
                    o.labelEn().replaceFirst("^(provincie|gemeente) ", ""), o.scheme()))
            .toList();

    private Vocabularies() {
    }

    public static List<Concept> euThemes() {
        return EU_THEMES;
    }

    /** The TaxonomieBeleidsagenda themes, by Dutch label. */
    public static List<Concept> donlThemes() {
        return DONL_THEMES;
    }

    /** The IRI of the top theme a TaxonomieBeleidsagenda theme falls under (itself for a top theme). */
    public static Optional<String> donlTopTheme(String iri) {
        return Optional.ofNullable(DONL_TOP.get(iri));
    }

    public static List<Concept> licences() {
        return LICENCES;
    }

    public static List<Concept> languages() {
        return LANGUAGES;
    }

    public static List<Concept> fileTypes() {
        return FILE_TYPES;
    }

    public static List<Concept> organisations() {
        return ORGANISATIONS;
    }

    public static List<Concept> places() {
        return PLACES;
    }

    /** Both theme lists, EU first. */
    public static List<Concept> themes() {
        return Stream.concat(EU_THEMES.stream(), DONL_THEMES.stream()).toList();
    }

    /**
     * The concept of {@code list} a client names by IRI (http or https, any trailing slash, a Creative Commons
     * {@code deed.xx} suffix ignored) or by code (any case). Empty for anything else, blank text included.
     */
    public static Optional<Concept> find(Collection<Concept> list, String iriOrCode) {
        String wanted = normalised(iriOrCode);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return list.stream().filter(c -> normalised(c.iri()).equals(wanted)
                || c.code().equalsIgnoreCase(iriOrCode.strip())).findFirst();
    }

    /**
     * The licence a harvested record names only by a text label (case c25): the list's Dutch or English name or
     * code, or a Creative Commons name in words ("Creative Commons Naamsvermelding 4.0 Internationaal",
     * "CC BY-SA 4.0", "Attribution 4.0"). Empty when the text names no licence of the list unambiguously, so that a
     * caller can flag it as unknown rather than drop it.
     */
    public static Optional<Concept> licenceByName(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        Optional<Concept> exact = find(LICENCES, text).or(() -> LICENCES.stream()
                .filter(l -> l.labelNl().equalsIgnoreCase(t) || l.labelEn().equalsIgnoreCase(t)).findFirst());
        if (exact.isPresent()) {
            return exact;
        }
        Matcher version = Pattern.compile("\\b([34])\\.0\\b").matcher(t);
        if (t.contains("cc0") || t.contains("zero") || t.contains("publiek domein") && !t.contains("mark")) {
            return find(LICENCES, "CC0-1.0");
        }
        if (!version.find() || !(t.contains("creative commons") || t.startsWith("cc") || t.contains("attribution")
                || t.contains("naamsvermelding"))) {
            return Optional.empty();
        }
        boolean by = t.contains("by") || t.contains("attribution") || t.contains("naamsvermelding");
        boolean sa = t.contains("sa") && t.matches(".*\\bsa\\b.*") || t.contains("sharealike")
                || t.contains("share alike") || t.contains("gelijkdelen") || t.contains("gelijk delen");
        boolean nc = t.matches(".*\\bnc\\b.*") || t.contains("noncommercial") || t.contains("non-commercial")
                || t.contains("nietcommercieel") || t.contains("niet-commercieel") || t.contains("niet commercieel");
        if (!by || sa && nc) {
            return Optional.empty();
        }
        return find(LICENCES, "CC-BY" + (sa ? "-SA" : nc ? "-NC" : "") + "-" + version.group(1) + ".0");
    }

    /**
     * An IRI without scheme, case, trailing slashes and Creative Commons' language suffix, for comparing IRIs that
     * lists write differently ({@code https://creativecommons.org/licenses/by/4.0/} and
     * {@code http://creativecommons.org/licenses/by/4.0/deed.nl}).
     */
    public static String normalised(String iri) {
        String value = iri.strip().toLowerCase(Locale.ROOT).replaceFirst("^https?://", "");
        value = value.replaceFirst("/deed\\.[a-z-]+$", "");
        while (value.endsWith("/")) {
            value = value.substring(0, value.length() - 1);
        }
        return value;
    }

    /** A bundled list's text (UTF-8). */
    public static String resource(String name) {
        try (InputStream in = Vocabularies.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("The bundled value list " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Concept> euThemeList() {
        List<Concept> themes = new ArrayList<>();
        for (List<String> row : csv(resource("eu-data-theme.csv"))) {
            themes.add(new Concept(row.get(1), row.get(0), row.get(2), row.get(3), EU_THEME_SCHEME));
        }
        return List.copyOf(themes);
    }

    private static Map<String, String> donlTopThemes() {
        JsonNode root = JsonMapper.builder().build().readTree(resource("hierarchy_theme.json"));
        Map<String, String> top = new TreeMap<>();
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            String parent = entry.getValue().get(0).asString();
            top.put(entry.getKey(), parent);
            top.put(parent, parent);
        }
        return top;
    }

    /** An OWMS term's label from its IRI: {@code Huisvesting_(thema)} → {@code Huisvesting}. */
    private static Concept owmsConcept(String iri, String scheme) {
        String code = iri.substring(iri.lastIndexOf('/') + 1);
        String label = code.replace("_(thema)", "").replace('_', ' ').replace("Financien", "Financiën");
        return new Concept(iri, code, label, label, scheme);
    }

    private static List<Concept> licenceList() {
        List<Concept> licences = new ArrayList<>();
        Matcher m = TOP_CONCEPT.matcher(resource("licenses.ttl"));
        while (m.find()) {
            String iri = m.group(1);
            String[] name = licenceName(iri);
            licences.add(new Concept(iri, name[0], name[1], name[2], LICENCE_SCHEME));
        }
        return List.copyOf(licences);
    }

    /** Code, Dutch and English name of a licence of the DONL taxonomy, from its IRI. */
    private static String[] licenceName(String iri) {
        Matcher cc = Pattern.compile("creativecommons\\.org/licenses/([a-z-]+)/([0-9.]+)").matcher(iri);
        if (cc.find()) {
            String name = "CC " + cc.group(1).toUpperCase(Locale.ROOT) + " " + cc.group(2);
            return new String[] {name.replace(' ', '-'), name, name};
        }
        if (iri.contains("publicdomain/zero/1.0")) {
            return new String[] {"CC0-1.0", "CC0 1.0 (publiek domein)", "CC0 1.0 (public domain)"};
        }
        if (iri.contains("publicdomain/mark/1.0")) {
            return new String[] {"PDM-1.0", "Public Domain Mark 1.0", "Public Domain Mark 1.0"};
        }
        if (iri.endsWith("geslotenlicentie")) {
            return new String[] {"gesloten", "Gesloten licentie", "Closed licence"};
        }
        return new String[] {"onbekend", "Licentie onbekend", "Licence unknown"};
    }

    private static List<Concept> uriLabelList(String name, String scheme) {
        List<Concept> concepts = new ArrayList<>();
        List<List<String>> rows = csv(resource(name));
        for (List<String> row : rows) {
            String iri = row.get(0);
            concepts.add(new Concept(iri, iri.substring(iri.lastIndexOf('/') + 1), row.get(1), row.get(1), scheme));
        }
        return List.copyOf(concepts);
    }

    /** The rows after the header of a small RFC 4180 CSV text (double-quoted cells may hold commas). */
    static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '"') {
                    if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = !quoted;
                    }
                } else if (c == ',' && !quoted) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
            cells.add(cell.toString());
            rows.add(cells);
        }
        return rows;
    }

    /** The lists by name, for the value-list endpoint and the forms. */
    public static Map<String, List<Concept>> all() {
        Map<String, List<Concept>> lists = new LinkedHashMap<>();
        lists.put("euThemes", EU_THEMES);
        lists.put("donlThemes", DONL_THEMES);
        lists.put("licences", LICENCES);
        lists.put("languages", LANGUAGES);
        lists.put("fileTypes", FILE_TYPES);
        lists.put("places", PLACES);
        return lists;
    }
}
