// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy.detect;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks of single values against the structured identifiers, each a pure function of the text: whether the whole
 * (trimmed) value is one, and for BSN, IBAN, e-mail and phone, how many occur inside a longer text. Nothing is kept.
 * docs/privacy-detectors.md gives the rules, their sources and their known limits.
 */
public final class Identifiers {

    private Identifiers() {
    }

    // ---------------------------------------------------------------- BSN

    private static final Pattern BSN_FORMATTED = Pattern.compile("\\d{4}\\.\\d{2}\\.\\d{3}|\\d{3}[ .]\\d{3}[ .]\\d{3}");

    /**
     * Whether the value is a burgerservicenummer: 9 digits (also written {@code 1234.56.782} or {@code 123 456 782})
     * passing the 11-proef (9×d1 + 8×d2 + … + 2×d8 − 1×d9 divisible by 11), or 8 digits, read as a BSN whose leading
     * zero was dropped by a number type (a spreadsheet or a numeric database field): the BSN is defined as 9 digits,
     * so the 8 digits are checked with a 0 in front. Numbers below 10,000,000 (two leading zeros or more, including all
     * zeros) are not accepted: we treat them as implausible (a choice of ours, see docs/privacy-detectors.md).
     */
    public static boolean bsn(String value) {
        String v = value.strip();
        if (BSN_FORMATTED.matcher(v).matches()) {
            v = v.replace(".", "").replace(" ", "");
        }
        int length = v.length();
        if ((length != 9 && length != 8) || !allDigits(v)) {
            return false;
        }
        String digits = length == 8 ? "0" + v : v;
        if (digits.startsWith("00")) {
            return false;
        }
        return elevenProof(digits);
    }

    /** The 11-proef of 9 digits (BSN variant: the last weight is −1). */
    static boolean elevenProof(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (nineDigits.charAt(i) - '0') * (9 - i);
        }
        sum -= nineDigits.charAt(8) - '0';
        return sum % 11 == 0;
    }

    private static final Pattern BSN_IN_TEXT = Pattern.compile(
            "(?<![\\d.,\\-/])(\\d{9}|\\d{4}\\.\\d{2}\\.\\d{3})(?![\\d\\-/]|[.,]\\d)");

    /** How many 9-digit numbers passing the 11-proef the text holds (standing alone, not inside longer numbers). */
    public static int bsnsIn(String text) {
        int found = 0;
        Matcher m = BSN_IN_TEXT.matcher(text);
        while (m.find()) {
            if (bsn(m.group(1))) {
                found++;
            }
        }
        return found;
    }

    // ---------------------------------------------------------------- IBAN

    /** IBAN lengths per country, from the SWIFT IBAN registry (ISO 13616), for the countries most likely met here. */
    private static final Map<String, Integer> IBAN_LENGTHS = Map.ofEntries(
            Map.entry("NL", 18), Map.entry("BE", 16), Map.entry("DE", 22), Map.entry("FR", 27), Map.entry("GB", 22),
            Map.entry("LU", 20), Map.entry("ES", 24), Map.entry("IT", 27), Map.entry("PT", 25), Map.entry("AT", 20),
            Map.entry("CH", 21), Map.entry("DK", 18), Map.entry("SE", 24), Map.entry("NO", 15), Map.entry("FI", 18),
            Map.entry("IE", 22), Map.entry("PL", 28), Map.entry("CZ", 24), Map.entry("SK", 24), Map.entry("HU", 28),
            Map.entry("GR", 27), Map.entry("RO", 24), Map.entry("BG", 22), Map.entry("HR", 21), Map.entry("SI", 19),
            Map.entry("EE", 20), Map.entry("LV", 21), Map.entry("LT", 20), Map.entry("MT", 31), Map.entry("CY", 28),
            Map.entry("TR", 26), Map.entry("IS", 26), Map.entry("LI", 21), Map.entry("MC", 27), Map.entry("SM", 27));

    private static final Pattern IBAN_SHAPE = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}");
    private static final Pattern NL_BBAN = Pattern.compile("[A-Z]{4}\\d{10}");

    /**
     * Whether the value is an IBAN (ISO 13616): country code, two check digits and the BBAN, with or without spaces
     * (upper or lower case), of the registry's length for the countries listed (15 to 34 characters for others), of
     * which the ISO 7064 mod 97-10 check gives 1. A Dutch IBAN's BBAN is 4 letters (the bank) and 10 digits.
     */
    public static boolean iban(String value) {
        String v = value.strip().replace(" ", "").toUpperCase(Locale.ROOT);
        if (v.length() < 15 || v.length() > 34 || !IBAN_SHAPE.matcher(v).matches()) {
            return false;
        }
        String country = v.substring(0, 2);
        Integer expected = IBAN_LENGTHS.get(country);
        if (expected != null && expected != v.length()) {
            return false;
        }
        if (country.equals("NL") && !NL_BBAN.matcher(v.substring(4)).matches()) {
            return false;
        }
        return mod97(v.substring(4) + v.substring(0, 4)) == 1;
    }

    private static int mod97(String rearranged) {
        StringBuilder digits = new StringBuilder(rearranged.length() * 2);
        for (int i = 0; i < rearranged.length(); i++) {
            char c = rearranged.charAt(i);
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
    }

    private static final Pattern IBAN_IN_TEXT = Pattern.compile(
            "(?<![A-Za-z0-9])([A-Za-z]{2}\\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,3})?)(?![A-Za-z0-9])");

    /** How many IBANs (with or without spaces in groups of four) the text holds. */
    public static int ibansIn(String text) {
        int found = 0;
        Matcher m = IBAN_IN_TEXT.matcher(text);
        while (m.find()) {
            if (iban(m.group(1))) {
                found++;
            }
        }
        return found;
    }

    // ---------------------------------------------------------------- e-mail

    private static final String EMAIL_LOCAL = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*";
    private static final String EMAIL_DOMAIN = "(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,24}";
    private static final Pattern EMAIL = Pattern.compile(EMAIL_LOCAL + "@" + EMAIL_DOMAIN);
    private static final Pattern EMAIL_IN_TEXT = Pattern.compile(
            "(?<![A-Za-z0-9._%+-])" + EMAIL_LOCAL + "@" + EMAIL_DOMAIN + "(?![A-Za-z0-9-])");

    /**
     * Whether the value is an e-mail address: an RFC 5322 dot-atom local part, {@code @}, and a domain of DNS labels
     * ending in a top-level domain of letters (an address at a bare host or an IP literal is not counted). A
     * {@code mailto:} prefix is allowed.
     */
    public static boolean email(String value) {
        String v = value.strip();
        if (v.regionMatches(true, 0, "mailto:", 0, 7)) {
            v = v.substring(7);
        }
        return v.length() <= 254 && EMAIL.matcher(v).matches();
    }

    /** How many e-mail addresses the text holds. */
    public static int emailsIn(String text) {
        if (text.indexOf('@') < 0) {
            return 0;
        }
        int found = 0;
        Matcher m = EMAIL_IN_TEXT.matcher(text);
        while (m.find()) {
            found++;
        }
        return found;
    }

    // ---------------------------------------------------------------- phone

    /** The geographic area codes (netnummers) of the Dutch numbering plan, without the 0. */
    private static final Set<String> AREA_CODES = Set.of(
            "10", "13", "15", "20", "23", "24", "26", "30", "33", "35", "36", "38", "40", "43", "45", "46", "50", "53",
            "55", "58", "70", "71", "72", "73", "74", "75", "76", "77", "78", "79",
            "111", "113", "114", "115", "117", "118", "161", "162", "164", "165", "166", "167", "168", "172", "174",
            "180", "181", "182", "183", "184", "186", "187", "222", "223", "224", "226", "227", "228", "229", "251",
            "252", "255", "294", "297", "299", "313", "314", "315", "316", "317", "318", "320", "321", "341", "342",
            "343", "344", "345", "346", "347", "348", "411", "412", "413", "416", "418", "475", "478", "481", "485",
            "486", "487", "488", "492", "493", "495", "497", "499", "511", "512", "513", "514", "515", "516", "517",
            "518", "519", "521", "522", "523", "524", "525", "527", "528", "529", "541", "543", "544", "545", "546",
            "547", "548", "561", "562", "566", "570", "571", "572", "573", "575", "577", "578", "591", "592", "593",
            "594", "595", "596", "597", "598", "599");

    /** A date such as 09-06-1955, which would otherwise read as an 0906 number. */
    private static final Pattern DATE_LIKE = Pattern.compile("\\d{1,2}([-/.])\\d{1,2}\\1\\d{2,4}");
    private static final Pattern PHONE_CHARS = Pattern.compile("[+(]?[0-9][0-9 ().\\-/]{6,20}[0-9]");

    /**
     * Whether the value is a Dutch telephone number, written with or without separators (space, hyphen, dot, slash,
     * parentheses) and with {@code +31}, {@code 0031} or {@code +31 (0)} for the leading 0: 10 digits that are a
     * mobile number ({@code 06} then 1–5 or 8), a geographic number (one of the area codes, then a subscriber number
     * not starting with 0 or 1), or a nationwide number ({@code 085}, {@code 088}); or an information number
     * ({@code 0800}, {@code 0900}, {@code 0906}, {@code 0909} with 4 or 7 digits). A value shaped like a date
     * ({@code 09-06-1955}) is not a phone number.
     */
    public static boolean phone(String value) {
        String v = value.strip();
        if (!PHONE_CHARS.matcher(v).matches() || DATE_LIKE.matcher(v).matches()) {
            return false;
        }
        String digits = normalisedPhone(v);
        return digits != null && dutchNumber(digits);
    }

    /** The national form (leading 0) of a written number, or null when it is not a Dutch number. */
    private static String normalisedPhone(String written) {
        String compact = written.replaceAll("[ ().\\-/]", "");
        if (compact.startsWith("+31")) {
            compact = "0" + stripZero(compact.substring(3), written);
        } else if (compact.startsWith("0031")) {
            compact = "0" + stripZero(compact.substring(4), written);
        } else if (compact.startsWith("+")) {
            return null;
        }
        return allDigits(compact) ? compact : null;
    }

    /** Drops the "(0)" of "+31 (0)20 …". */
    private static String stripZero(String rest, String written) {
        return rest.startsWith("0") && written.contains("(0)") ? rest.substring(1) : rest;
    }

    static boolean dutchNumber(String d) {
        if (d.length() < 8 || d.charAt(0) != '0') {
            return false;
        }
        if (d.startsWith("0800") || d.startsWith("0900") || d.startsWith("0906") || d.startsWith("0909")) {
            return d.length() == 8 || d.length() == 11;
        }
        if (d.length() != 10) {
            return false;
        }
        if (d.startsWith("06")) {
            char c = d.charAt(2);
            return (c >= '1' && c <= '5') || c == '8';
        }
        if (d.startsWith("085") || d.startsWith("088")) {
            return true;
        }
        for (int areaLength = 2; areaLength <= 3; areaLength++) {
            if (AREA_CODES.contains(d.substring(1, 1 + areaLength))) {
                char first = d.charAt(1 + areaLength);
                return first >= '2' && first <= '9';
            }
        }
        return false;
    }

    private static final Pattern PHONE_IN_TEXT = Pattern.compile(
            "(?<![\\w+])((?:\\+31|0031)[ \\-]?(?:\\(0\\)[ \\-]?)?\\d(?:[ \\-.]?\\d){8}"
            + "|0\\d(?:[ \\-./]?\\d){8})(?![\\w])");

    /** How many Dutch telephone numbers (10 digits, possibly with +31 and separators) the text holds. */
    public static int phonesIn(String text) {
        int found = 0;
        Matcher m = PHONE_IN_TEXT.matcher(text);
        while (m.find()) {
            if (phone(m.group(1))) {
                found++;
            }
        }
        return found;
    }

    // ---------------------------------------------------------------- postcode and address

    /** Dutch postcode: 4 digits (not starting with 0), optional space, 2 letters (not SA, SD or SS). */
    private static final String POSTCODE = "[1-9]\\d{3} ?(?![Ss][AaDdSs])[A-Za-z]{2}";
    private static final Pattern POSTCODE_ALONE = Pattern.compile(POSTCODE);
    private static final Pattern POSTCODE_THEN_NUMBER = Pattern.compile(
            "(?<![\\w])" + POSTCODE + "[ ,\\-]+\\d{1,5}(?:[ \\-]?[A-Za-z]{1,2}|[ \\-]\\d{1,4})?(?![\\w])");
    private static final Pattern NUMBER_THEN_POSTCODE = Pattern.compile(
            "(?<![\\w])\\d{1,5}[A-Za-z]?(?:[ \\-]\\w{1,4})?[ ,]+" + POSTCODE + "(?![\\w])");
    /** A street (a word ending in a common Dutch street-name element) followed by a house number. */
    private static final Pattern STREET_NUMBER = Pattern.compile(
            "(?iU)\\b(?:\\p{L}[\\p{L}'\\-]*)?(?:straat|weg|laan|plein|gracht|kade|dijk|singel|steeg|pad|dreef|hof|"
            + "markt|park|plantsoen|dam|wal|burgwal|baan|erf|allee|boulevard|dwarsstraat|hoek|veld|kanaal|haven)"
            + "\\s+\\d{1,5}(?:[ \\-]?[a-z]{1,2}\\b|[ \\-]\\d{1,4}\\b)?(?!\\s*(?:%|euro|m2|km|jaar|uur))");

    /** Whether the whole value is a postcode (PC6), a quasi-identifier: some twenty addresses share one on average. */
    public static boolean postcode(String value) {
        return POSTCODE_ALONE.matcher(value.strip()).matches();
    }

    /**
     * Whether the value holds an address: a postcode with a house number ({@code 1012 AB 12}, {@code 12-A, 1012AB},
     * {@code Damstraat 12, 1012 AB Amsterdam}), or a street name with a house number ({@code Keizersgracht 123-II}).
     */
    public static boolean address(String value) {
        return POSTCODE_THEN_NUMBER.matcher(value).find() || NUMBER_THEN_POSTCODE.matcher(value).find()
                || STREET_NUMBER.matcher(value).find();
    }

    // ---------------------------------------------------------------- licence plates

    /**
     * The letters on plates of the sidecodes detected: since 1978 (sidecode 4) the RDW issues no vowels and no C, Q,
     * W, Y (M only on motorcycles); the older sidecodes 1–3 did use some of those, see {@link #licencePlate}.
     */
    private static final String PLATE_LETTER = "[BDFGHJKLMNPRSTVXZ]";

    /** Sidecodes 1 to 14 of the RDW: L a letter, D a digit, groups separated by hyphens. */
    private static final String[] SIDECODES = {
        "LL-DD-DD", "DD-DD-LL", "DD-LL-DD", "LL-DD-LL", "LL-LL-DD", "DD-LL-LL", "DD-LLL-D", "D-LLL-DD", "LL-DDD-L",
        "L-DDD-LL", "LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "DDD-LL-D"};

    private static final Pattern[] PLATES = new Pattern[SIDECODES.length];

    static {
        for (int i = 0; i < SIDECODES.length; i++) {
            String groups = SIDECODES[i];
            StringBuilder withHyphens = new StringBuilder();
            StringBuilder without = new StringBuilder();
            for (char c : groups.toCharArray()) {
                String part = switch (c) {
                    case 'L' -> PLATE_LETTER;
                    case 'D' -> "\\d";
                    default -> "-";
                };
                withHyphens.append(part);
                if (c != '-') {
                    without.append(part);
                }
            }
            PLATES[i] = Pattern.compile(withHyphens + "|" + without);
        }
    }

    /**
     * The RDW sidecode (1–14) of a Dutch licence plate, written with its hyphens or without, in upper or lower case;
     * 0 when the value is none. Letters are limited to those issued since 1978 (no vowels, C, Q, W or Y), so plates of
     * sidecodes 1–3 with such letters (issued before 1978) are not recognised. Without hyphens, a value fits at most
     * one sidecode, since the sidecodes differ in where letters and digits stand; but sidecode 2 ({@code DD-DD-LL}) is
     * recognised only with its hyphens, since without them it is a postcode ({@code 1234BD}), and so is a sidecode 1
     * plate starting with {@code GM}, since without them it is a CBS gemeentecode ({@code GM0014}).
     */
    public static int licencePlateSidecode(String value) {
        String v = value.strip().toUpperCase(Locale.ROOT);
        if (v.length() < 6 || v.length() > 8) {
            return 0;
        }
        for (int i = 0; i < PLATES.length; i++) {
            if (PLATES[i].matcher(v).matches()) {
                // 12-34-BD written without hyphens is 1234BD, a postcode: sidecode 2 only with its hyphens; and
                // GM0014 is CBS's code of a gemeente, in every municipal file: sidecode 1 with GM only with hyphens
                boolean hyphens = v.indexOf('-') >= 0;
                return !hyphens && (i == 1 || i == 0 && v.startsWith("GM")) ? 0 : i + 1;
            }
        }
        return 0;
    }

    /** Whether the value is a Dutch licence plate ({@link #licencePlateSidecode} not 0). */
    public static boolean licencePlate(String value) {
        return licencePlateSidecode(value) != 0;
    }

    /** The pattern of a sidecode, 1 to 14 ({@code LL-DD-DD} …), for tests and documentation. */
    public static String sidecode(int number) {
        return SIDECODES[number - 1];
    }

    // ---------------------------------------------------------------- IP addresses

    /**
     * Whether the value is an IPv4 address (dotted quad, each part 0–255 without leading zeros, first part 1–223:
     * unicast) or an IPv6 address (RFC 4291 text forms, with {@code ::} and an embedded IPv4 tail). Four parts that are
     * each a single digit ({@code 1.2.3.4}) are read as a version number, not an address.
     */
    public static boolean ipAddress(String value) {
        String v = value.strip();
        return v.indexOf(':') >= 0 ? ipv6(v) : ipv4(v, true);
    }

    private static boolean ipv4(String v, boolean rejectVersionLike) {
        String[] parts = v.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        boolean allSingleDigit = true;
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || !allDigits(p) || (p.length() > 1 && p.charAt(0) == '0')) {
                return false;
            }
            int n = Integer.parseInt(p);
            if (n > 255 || (i == 0 && (n == 0 || n > 223))) {
                return false;
            }
            allSingleDigit &= p.length() == 1;
        }
        return !(rejectVersionLike && allSingleDigit);
    }

    private static final Pattern HEX_GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");

    private static boolean ipv6(String v) {
        int zone = v.indexOf('%');
        if (zone >= 0) {
            v = v.substring(0, zone);
        }
        if (v.length() < 2 || v.length() > 45) {
            return false;
        }
        int doubleColon = v.indexOf("::");
        if (doubleColon >= 0 && v.indexOf("::", doubleColon + 1) >= 0) {
            return false;
        }
        String[] halves = doubleColon >= 0 ? new String[] {v.substring(0, doubleColon), v.substring(doubleColon + 2)}
                : new String[] {v};
        int groups = 0;
        for (int h = 0; h < halves.length; h++) {
            if (halves[h].isEmpty()) {
                continue;
            }
            String[] parts = halves[h].split(":", -1);
            for (int i = 0; i < parts.length; i++) {
                boolean last = h == halves.length - 1 && i == parts.length - 1;
                if (last && parts[i].indexOf('.') >= 0) {
                    if (!ipv4(parts[i], false)) {
                        return false;
                    }
                    groups += 2;
                } else if (HEX_GROUP.matcher(parts[i]).matches()) {
                    groups++;
                } else {
                    return false;
                }
            }
        }
        return doubleColon >= 0 ? groups <= 7 : groups == 8;
    }

    // ---------------------------------------------------------------- helpers

    static boolean allDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
