// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy.detect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The detectors over one field: fed the field's values one by one ({@link #add}), it keeps only counts (and, for the
 * share of distinct values, 64-bit hashes of at most {@value #DISTINCT_CAP} values, never the values), and then says
 * what it found ({@link #findings}). Not thread-safe; one instance per field and scan.
 *
 * <h2>When a field is reported</h2>
 * Shares are of the non-empty values (null, blank and {@code NULL}/{@code null} are empty).
 * <ul>
 *   <li>Structured identifiers (BSN, IBAN, e-mail, phone, IP address, licence plate, address): when at least
 *       {@value #MATCH_SHARE} of the values are one, or {@value #CUED_SHARE} when the field's name says so (a field
 *       named {@code bsn}). Of random 9-digit numbers about 1 in 11 pass the 11-proef, so an order-number field stays
 *       far below {@value #MATCH_SHARE}.</li>
 *   <li>Inside free text (a field reported as {@code free-text}), any BSN, IBAN, e-mail address, phone number or
 *       address found is reported, however rare.</li>
 *   <li>A postcode alone (PC6) is reported as {@code address} with confidence 0.5 (0.8 when the table also has a
 *       house-number field): a quasi-identifier, to be generalised to PC4 before publication.</li>
 *   <li>Date of birth and age: only with a field-name cue, and at least {@value #DATE_SHARE} of the values a
 *       plausible date (1900 up to today) or {@value #AGE_SHARE} an integer 0–120.</li>
 *   <li>Precise location: a field named as a coordinate ({@code lat}, {@code lon}, {@code x}, {@code rd_y} …) or
 *       holding WKT points, when at least {@value #MATCH_SHARE} of the values are precise: WGS 84 degrees with 4
 *       decimals or more (about 10 m), or RD New metres not rounded to 10 m.</li>
 *   <li>Person names: a strong name cue ({@code voornaam}, {@code aanvrager} …) and at least half of the values shaped
 *       like names (1–5 words of letters, no organisation word); a weak cue ({@code naam}) and at least
 *       {@value #FIRST_NAME_SHARE_WEAK} of the values with a common first name; no cue and at least
 *       {@value #FIRST_NAME_SHARE_NONE} with a first name.</li>
 *   <li>Free text: at least {@value #MIN_FREE_TEXT_VALUES} values, of which at least half are long (40 characters and
 *       6 words or more) and at least half distinct.</li>
 *   <li>A field whose name alone points at a detector (its {@link FieldNames#strongCue}) but whose values did not is
 *       reported with confidence 0.3 and count 0: someone should look.</li>
 * </ul>
 * Confidence of a value finding: {@code weight × (0.5 + 0.5 × share)}, plus 0.1 with a name cue, at most 1, where the
 * weight is 1 for the checksummed and unambiguous identifiers (BSN, IBAN, e-mail) and 0.9–0.95 for the others.
 */
public final class ColumnScan {

    /** Share of non-empty values that must match for a structured identifier. */
    public static final double MATCH_SHARE = 0.5;
    /** The same when the field's name points at the detector. */
    public static final double CUED_SHARE = 0.2;
    /** Share of plausible dates for a birth-date field. */
    public static final double DATE_SHARE = 0.8;
    /** Share of integers 0–120 for an age field. */
    public static final double AGE_SHARE = 0.9;
    /** Share of values with a first name, for a field with a weak name cue. */
    public static final double FIRST_NAME_SHARE_WEAK = 0.2;
    /** Share of values with a first name, for a field without a name cue. */
    public static final double FIRST_NAME_SHARE_NONE = 0.5;
    /** Fewest non-empty values for a free-text finding. */
    public static final int MIN_FREE_TEXT_VALUES = 5;
    /** Most distinct value hashes kept. */
    public static final int DISTINCT_CAP = 100_000;

    private static final Set<String> FIRST_NAMES = loadFirstNames();

    private static final Set<String> ORGANISATION_WORDS = Set.of("stichting", "vereniging", "bv", "b.v.", "nv", "n.v.",
            "vof", "v.o.f.", "gemeente", "school", "club", "foundation", "cooperatie", "coöperatie", "ua", "u.a.",
            "kerk", "fonds", "comite", "comité", "platform", "collectief", "centrum", "museum", "theater", "festival",
            "bureau", "holding", "groep", "group", "ltd", "inc", "gmbh", "bvba", "raad", "provincie", "waterschap",
            "ministerie", "universiteit", "hogeschool", "zorg", "welzijn", "buurthuis", "wijkcentrum", "vzw",
            "particulier", "(particulier)", "onbekend", "anoniem", "org", "organisatie", "team", "project");

    private static final Pattern STREET_WORD = Pattern.compile(
            ".*(?:straat|plein|weg|laan|gracht|kade|dijk|singel|steeg|dreef|park|plantsoen|markt)");
    private static final Pattern NAME_WORD = Pattern.compile("[\\p{L}][\\p{L}'’.\\-]*");
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(?:[.,](\\d+))?");
    private static final Pattern POINT = Pattern.compile(
            "(?i)POINT\\s*Z?\\s*\\(\\s*([-+]?\\d+(?:\\.\\d+)?)\\s+([-+]?\\d+(?:\\.\\d+)?)"
            + "(?:\\s+[-+]?\\d+(?:\\.\\d+)?)?\\s*\\)");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T].*)?");
    private static final Pattern DUTCH_DATE = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})(?: .*)?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    private final String field;
    private final FieldNames names;
    private final LocalDate today;
    private final boolean houseNumberBeside;

    private long nonEmpty;
    private long totalLength;
    private long totalWords;
    private long longText;
    private final Set<Long> distinct = new HashSet<>();
    private long distinctSeen;

    private long bsn;
    private long iban;
    private long email;
    private long phone;
    private long ip;
    private long plate;
    private long address;
    private long postcode;
    private long bsnInside;
    private long ibanInside;
    private long emailInside;
    private long phoneInside;
    private long plausibleDate;
    private long ageInteger;
    private long preciseLocation;
    /** Of {@link #preciseLocation}: whole RD New metres, precise only if the column is not on a coarser grid. */
    private long preciseRdMetres;
    /** The first whole RD New value, and the greatest common divisor of the others' distances to it (0: none yet). */
    private long rdFirst = -1;
    private long rdStep;
    /** How many whole RD New values differ from the first: a grid is only believed from {@value #GRID_EVIDENCE}. */
    private long rdDistances;
    private long points;
    private long nameShaped;
    private long firstName;

    /**
     * @param field             the field's name, as the data has it
     * @param today             the latest plausible date of birth
     * @param houseNumberBeside whether the same table has a house-number field (makes a postcode an address)
     */
    public ColumnScan(String field, LocalDate today, boolean houseNumberBeside) {
        this.field = field;
        this.names = FieldNames.of(field);
        this.today = today;
        this.houseNumberBeside = houseNumberBeside;
    }

    /** The field's name. */
    public String field() {
        return field;
    }

    /** Counts one value (its text form; numbers as digits with a decimal point); null or blank counts as empty. */
    public void add(@Nullable String raw) {
        if (raw == null) {
            return;
        }
        String value = raw.strip();
        if (value.isEmpty() || value.equalsIgnoreCase("null")) {
            return;
        }
        nonEmpty++;
        totalLength += value.length();
        int words = words(value);
        totalWords += words;
        if (value.length() >= 40 && words >= 6) {
            longText++;
        }
        if (distinct.size() < DISTINCT_CAP) {
            distinctSeen++;
            distinct.add(hash(value));
        }
        boolean whole = false;
        if (value.length() <= 45) {
            whole = wholeValue(value);
        }
        if (!whole && value.length() >= 12 && words >= 2) {
            if (Identifiers.bsnsIn(value) > 0) {
                bsnInside++;
            }
            if (Identifiers.ibansIn(value) > 0) {
                ibanInside++;
            }
            if (Identifiers.emailsIn(value) > 0) {
                emailInside++;
            }
            if (Identifiers.phonesIn(value) > 0) {
                phoneInside++;
            }
            if (Identifiers.address(value)) {
                address++;
            }
        }
        if (value.length() <= 120 && words <= 5) {
            names(value);
        }
    }

    /** Counts the whole-value detectors; whether one matched. */
    private boolean wholeValue(String value) {
        boolean matched = false;
        if (Identifiers.bsn(value)) {
            bsn++;
            matched = true;
        }
        if (Identifiers.iban(value)) {
            iban++;
            matched = true;
        }
        if (Identifiers.email(value)) {
            email++;
            matched = true;
        }
        if (Identifiers.phone(value)) {
            phone++;
            matched = true;
        }
        if (Identifiers.ipAddress(value)) {
            ip++;
            matched = true;
        }
        if (Identifiers.licencePlate(value)) {
            plate++;
            matched = true;
        }
        if (Identifiers.postcode(value)) {
            postcode++;
            matched = true;
        } else if (Identifiers.address(value)) {
            address++;
            matched = true;
        }
        if (names.birthDateCue() && plausibleBirthDate(value)) {
            plausibleDate++;
        }
        if (names.ageCue() && age(value)) {
            ageInteger++;
        }
        location(value);
        return matched;
    }

    private void location(String value) {
        Matcher point = POINT.matcher(value);
        if (point.matches()) {
            points++;
            if (precise(point.group(1)) || precise(point.group(2))) {
                preciseLocation++;
            }
            return;
        }
        if ((names.latLonCue() || names.xyCue()) && NUMBER.matcher(value).matches() && precise(value)) {
            preciseLocation++;
            rdGrid(value);
        }
    }

    /**
     * Follows the grid that whole RD New metres lie on: the greatest common divisor of their distances to the first
     * one. Coordinates coarsened to grid cells (cell centres of a 250 m grid: …125, …375) are each "not a multiple of
     * 10", but together they lie on a grid of 250 m, which is no precise location. A few precise values share a
     * large divisor by chance (two: always), so a grid is believed from four distances on: random whole metres then
     * share a divisor of 10 or more with a chance below 1 in 1,000 (the sum of 1/d⁴ over d ≥ 10).
     */
    private static final int GRID_EVIDENCE = 4;

    private void rdGrid(String value) {
        double v = Double.parseDouble(value.replace(',', '.'));
        if (Math.abs(v) <= 180 || v != Math.rint(v)) {
            return;
        }
        preciseRdMetres++;
        long metres = (long) v;
        if (rdFirst < 0) {
            rdFirst = metres;
        } else {
            rdStep = gcd(rdStep, Math.abs(metres - rdFirst));
            if (metres != rdFirst) {
                rdDistances++;
            }
        }
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /**
     * Whether a coordinate is precise: within ±180 (degrees) with 4 decimals or more, or beyond (RD New metres, up to
     * 700,000) with a fraction or not a multiple of 10.
     */
    static boolean precise(String number) {
        String n = number.replace(',', '.');
        double v;
        try {
            v = Double.parseDouble(n);
        } catch (NumberFormatException e) {
            return false;
        }
        int dot = n.indexOf('.');
        int decimals = dot < 0 ? 0 : n.length() - dot - 1;
        if (Math.abs(v) <= 180) {
            return decimals >= 4;
        }
        if (v < 0 || v > 700_000) {
            return false;
        }
        return (decimals > 0 && v != Math.rint(v)) || ((long) v) % 10 != 0;
    }

    private boolean plausibleBirthDate(String value) {
        LocalDate date = date(value);
        return date != null && date.getYear() >= 1900 && !date.isAfter(today);
    }

    private static @Nullable LocalDate date(String value) {
        try {
            Matcher m = ISO_DATE.matcher(value);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
            m = DUTCH_DATE.matcher(value);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1)));
            }
            m = COMPACT_DATE.matcher(value);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    private static boolean age(String value) {
        if (!Identifiers.allDigits(value) || value.length() > 3) {
            return false;
        }
        return Integer.parseInt(value) <= 120;
    }

    private void names(String value) {
        String[] parts = value.split("[\\s,]+");
        boolean shaped = parts.length >= 1 && parts.length <= 5;
        boolean first = false;
        for (String part : parts) {
            String lower = part.toLowerCase(Locale.ROOT);
            if (!NAME_WORD.matcher(part).matches() || ORGANISATION_WORDS.contains(lower)
                    || STREET_WORD.matcher(lower).matches()) {
                shaped = false;
                break;
            }
            if (FIRST_NAMES.contains(lower)) {
                first = true;
            }
        }
        if (shaped) {
            nameShaped++;
            if (first) {
                firstName++;
            }
        }
    }

    /**
     * What was found in the field, at most one finding per detector, with the rows read.
     *
     * @param rowsScanned rows read of the table (non-empty or not)
     */
    public List<Finding> findings(long rowsScanned) {
        List<Finding> findings = new ArrayList<>();
        Optional<Detector> cue = names.strongCue();
        boolean freeText = nonEmpty >= MIN_FREE_TEXT_VALUES && share(longText) >= 0.5 && distinctShare() >= 0.5;
        identifier(findings, Detector.BSN, bsn, bsnInside, 1.0, 0.6, cue, freeText, rowsScanned);
        identifier(findings, Detector.IBAN, iban, ibanInside, 1.0, 0.9, cue, freeText, rowsScanned);
        identifier(findings, Detector.EMAIL, email, emailInside, 1.0, 0.9, cue, freeText, rowsScanned);
        identifier(findings, Detector.PHONE, phone, phoneInside, 0.95, 0.8, cue, freeText, rowsScanned);
        identifier(findings, Detector.IP_ADDRESS, ip, 0, 0.95, 0, cue, freeText, rowsScanned);
        identifier(findings, Detector.LICENCE_PLATE, plate, 0, 0.9, 0, cue, freeText, rowsScanned);
        boolean addressCue = cue.filter(Detector.ADDRESS::equals).isPresent();
        if (share(address) >= (addressCue ? CUED_SHARE : MATCH_SHARE)) {
            findings.add(finding(Detector.ADDRESS, address, confidence(0.9, share(address), addressCue), rowsScanned));
        } else if (share(postcode) >= MATCH_SHARE) {
            findings.add(finding(Detector.ADDRESS, postcode, houseNumberBeside ? 0.8 : 0.5, rowsScanned));
        } else if (freeText && address > 0) {
            findings.add(finding(Detector.ADDRESS, address, 0.6, rowsScanned));
        }
        if (names.birthDateCue() && share(plausibleDate) >= DATE_SHARE) {
            findings.add(finding(Detector.BIRTH_DATE, plausibleDate, 0.9, rowsScanned));
        }
        if (names.ageCue() && share(ageInteger) >= AGE_SHARE) {
            findings.add(finding(Detector.AGE, ageInteger, 0.8, rowsScanned));
        }
        // whole metres on a grid of 10 m or more, or all one value, are not a precise location of anyone
        boolean onGrid = rdDistances == 0 || rdDistances >= GRID_EVIDENCE && rdStep >= 10;
        long precise = preciseRdMetres > 0 && onGrid ? preciseLocation - preciseRdMetres : preciseLocation;
        if ((names.latLonCue() || names.xyCue() || share(points) >= MATCH_SHARE)
                && share(precise) >= MATCH_SHARE) {
            findings.add(finding(Detector.PRECISE_LOCATION, precise, confidence(0.9, share(precise), false),
                    rowsScanned));
        }
        personNames(findings, rowsScanned);
        if (freeText) {
            findings.add(finding(Detector.FREE_TEXT, longText, round(0.5 + 0.4 * distinctShare()), rowsScanned));
        }
        cue.ifPresent(detector -> {
            if (findings.stream().noneMatch(f -> f.detector() == detector)) {
                findings.add(finding(detector, 0, 0.3, rowsScanned));
            }
        });
        return findings;
    }

    private void identifier(List<Finding> findings, Detector detector, long whole, long inside, double weight,
            double insideConfidence, Optional<Detector> cue, boolean freeText, long rowsScanned) {
        boolean cued = cue.filter(detector::equals).isPresent();
        double threshold = cued ? CUED_SHARE : MATCH_SHARE;
        long all = whole + inside;
        if (share(whole) >= threshold || share(all) >= threshold) {
            findings.add(finding(detector, all, confidence(weight, share(all), cued), rowsScanned));
        } else if (freeText && inside > 0) {
            findings.add(finding(detector, inside, insideConfidence, rowsScanned));
        }
    }

    private void personNames(List<Finding> findings, long rowsScanned) {
        FieldNames.NameCue cue = names.personNameCue();
        if (cue == FieldNames.NameCue.NONE && names.thingName()) {
            return;
        }
        double shaped = share(nameShaped);
        double first = share(firstName);
        switch (cue) {
            case STRONG -> {
                if (shaped >= 0.5 || first >= FIRST_NAME_SHARE_WEAK) {
                    findings.add(finding(Detector.PERSON_NAME, nameShaped, round(Math.min(1, 0.6 + first)),
                            rowsScanned));
                }
            }
            case WEAK -> {
                if (first >= FIRST_NAME_SHARE_WEAK) {
                    findings.add(finding(Detector.PERSON_NAME, firstName, round(Math.min(1, 0.4 + first)),
                            rowsScanned));
                }
            }
            case NONE -> {
                if (first >= FIRST_NAME_SHARE_NONE) {
                    findings.add(finding(Detector.PERSON_NAME, firstName, round(Math.min(0.9, first)),
                            rowsScanned));
                }
            }
        }
    }

    private Finding finding(Detector detector, long count, double confidence, long rowsScanned) {
        return new Finding(field, detector, confidence, count, rowsScanned);
    }

    private static double confidence(double weight, double share, boolean cued) {
        return round(Math.min(1, weight * (0.5 + 0.5 * Math.min(1, share)) + (cued ? 0.1 : 0)));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private double share(long count) {
        return nonEmpty == 0 ? 0 : (double) count / nonEmpty;
    }

    private double distinctShare() {
        return distinctSeen == 0 ? 0 : (double) distinct.size() / distinctSeen;
    }

    private static int words(String value) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < value.length(); i++) {
            boolean space = Character.isWhitespace(value.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /** A 64-bit FNV-1a hash of the value: distinct values are counted without keeping them. */
    private static long hash(String value) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < value.length(); i++) {
            h ^= value.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static Set<String> loadFirstNames() {
        try (InputStream in = ColumnScan.class.getResourceAsStream("first-names.txt")) {
            if (in == null) {
                throw new IllegalStateException("first-names.txt is missing from the privacy library");
            }
            Set<String> names = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
            return Set.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the word (any case) is on the first-name list (docs/privacy-detectors.md gives its provenance). */
    public static boolean firstName(String word) {
        return FIRST_NAMES.contains(word.toLowerCase(Locale.ROOT));
    }
}
