// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How often a dataset is expected to be updated: one concept of the EU Vocabularies Frequency Named Authority List,
 * the value list of {@code dct:accrualPeriodicity} in DCAT-AP 3, DCAT-AP-NL 3.0 (section 151, Waardelijsten) and
 * DCAT-AP-DONL ({@code mdr:Frequency}). The concepts Datakraam offers are read once from the bundled
 * {@code eu-frequency.csv} (see the {@code PROVENANCE.md} beside it), never typed in code. Immutable and thread-safe.
 *
 * @param code    the concept's code, the last segment of its IRI, e.g. {@code MONTHLY}
 * @param iri     e.g. {@code http://publications.europa.eu/resource/authority/frequency/MONTHLY}
 * @param labelNl the Dutch label, e.g. {@code maandelijks}
 * @param labelEn the English label, e.g. {@code monthly}
 */
public record UpdateFrequency(String code, String iri, String labelNl, String labelEn) {

    /** The scheme's IRI followed by a slash: every concept's IRI is this plus its code. */
    public static final String NAMESPACE = "http://publications.europa.eu/resource/authority/frequency/";

    static final String RESOURCE = "vocab/eu-frequency.csv";

    private static final List<UpdateFrequency> ALL = load();

    public UpdateFrequency {
        if (!iri.equals(NAMESPACE + code)) {
            throw new IllegalArgumentException("The IRI of frequency " + code + " must be " + NAMESPACE + code);
        }
    }

    /** Every frequency Datakraam offers, in the order of the metadata form (most frequent first). */
    public static List<UpdateFrequency> all() {
        return ALL;
    }

    /**
     * The frequency a client names by its IRI ({@code http://} or {@code https://}) or by its code (any case):
     * {@code http://publications.europa.eu/resource/authority/frequency/MONTHLY}, {@code MONTHLY}, {@code monthly}.
     * Empty for anything else, including blank text.
     */
    public static Optional<UpdateFrequency> find(String iriOrCode) {
        String value = iriOrCode.strip();
        String httpNamespace = NAMESPACE.replaceFirst("^http:", "https:");
        String code = value.startsWith(NAMESPACE) ? value.substring(NAMESPACE.length())
                : value.startsWith(httpNamespace) ? value.substring(httpNamespace.length())
                : value.toUpperCase(Locale.ROOT);
        return ALL.stream().filter(f -> f.code().equals(code)).findFirst();
    }

    /**
     * The frequency with this code, as stored in the metadata store.
     *
     * @throws IllegalArgumentException for a code that is not in the bundled list
     */
    public static UpdateFrequency ofCode(String code) {
        return ALL.stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("Unknown update frequency code " + code));
    }

    /** The label in the interface language: English for {@code en}, Dutch otherwise. */
    public String label(Locale locale) {
        return locale.getLanguage().equals("en") ? labelEn : labelNl;
    }

    private static List<UpdateFrequency> load() {
        String text;
        try (InputStream in = UpdateFrequency.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The frequency list " + RESOURCE + " is missing from the jar.");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the frequency list " + RESOURCE, e);
        }
        List<String> lines = text.lines().filter(line -> !line.isBlank()).toList();
        if (lines.isEmpty() || !lines.getFirst().equals("code,iri,nl,en")) {
            throw new IllegalStateException(RESOURCE + " must start with the header code,iri,nl,en");
        }
        List<UpdateFrequency> frequencies = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            if (cells.length != 4) {
                throw new IllegalStateException(RESOURCE + ": expected 4 cells in '" + line + "'");
            }
            frequencies.add(new UpdateFrequency(cells[0], cells[1], cells[2], cells[3]));
        }
        return List.copyOf(frequencies);
    }
}
