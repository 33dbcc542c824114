// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.profiling;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The official code lists the checks compare with, read from copies of the official files bundled with this library
 * (see {@code PROVENANCE.md} beside them); never typed by hand.
 *
 * @param gemeentecodes  4-digit gemeentecodes ({@code 0014}, {@code 0001}, …): every code of RvIG Tabel 33 (current
 *                       and historical municipalities) and of the TOOI municipality list, which is newer and adds
 *                       the municipalities formed since that copy of Tabel 33 (Eemsdelta 1979, Dijk en Waard 1980, …)
 * @param provinciecodes the CBS provincie codes of the TOOI province list ({@code PV20} … {@code PV31})
 */
record CodeLists(Set<String> gemeentecodes, Set<String> provinciecodes) {

    static final String GEMEENTEN = "rvig_tabel33_gemeententabel.csv";
    static final String TOOI_GEMEENTEN = "rwc_gemeenten_compleet.csv";
    static final String PROVINCIES = "rwc_provincies_compleet.csv";

    private static final Pattern GEMEENTE_ROW = Pattern.compile("(?m)^\"([0-9]{4})\",");
    private static final String TOOI = "(?m)^https://identifier\\.overheid\\.nl/tooi/id/";
    private static final Pattern GEMEENTE_URI = Pattern.compile(TOOI + "gemeente/gm([0-9]{4}),");
    private static final Pattern PROVINCIE_URI = Pattern.compile(TOOI + "provincie/pv([0-9]{2}),");
    private static final CodeLists OFFICIAL = load();

    CodeLists {
        gemeentecodes = Set.copyOf(gemeentecodes);
        provinciecodes = Set.copyOf(provinciecodes);
    }

    static CodeLists official() {
        return OFFICIAL;
    }

    private static CodeLists load() {
        String gemeenten = resource(GEMEENTEN);
        if (!gemeenten.startsWith("\uFEFF\"92.10 Gemeentecode\"")) {
            throw new IllegalStateException(GEMEENTEN + " is not RvIG Tabel 33: its first column must be"
                    + " \"92.10 Gemeentecode\". Copy the official file again (see PROVENANCE.md).");
        }
        Set<String> gemeentecodes = matches(GEMEENTE_ROW, gemeenten, "");
        gemeentecodes.addAll(matches(GEMEENTE_URI, resource(TOOI_GEMEENTEN), ""));
        Set<String> provinciecodes = matches(PROVINCIE_URI, resource(PROVINCIES), "PV");
        if (gemeentecodes.isEmpty() || provinciecodes.isEmpty()) {
            throw new IllegalStateException("A bundled code list is empty; copy the official files again"
                    + " (see PROVENANCE.md).");
        }
        return new CodeLists(gemeentecodes, provinciecodes);
    }

    private static Set<String> matches(Pattern pattern, String text, String prefix) {
        Set<String> codes = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            codes.add(prefix + matcher.group(1));
        }
        return codes;
    }

    static String resource(String name) {
        try (InputStream in = CodeLists.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The code list " + name + " is missing from this library's jar.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the code list " + name, e);
        }
    }
}
