// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy.detect;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A labelled synthetic corpus, generated from a seed: valid identifiers of each structured kind in the ways people
 * write them, and look-alikes that are not (order numbers failing the 11-proef, IBANs with a wrong check, product
 * codes, version numbers, times, dates, amounts …). Each item carries its true label ({@code null}: none).
 */
final class SyntheticCorpus {

    /** One value and what it truly is. */
    record Item(String value, Detector label, String kind) {
    }

    private static final String PLATE_LETTERS = "BDFGHJKLMNPRSTVXZ";
    private static final String[] NL_BANKS = {"ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"};
    private static final String[] DOMAINS = {"gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "xs4all.nl",
        "kpnmail.nl", "provincie-groningen.nl", "example.org", "planet.nl", "live.nl", "ru.nl", "minbzk.nl"};
    private static final String[] FIRST = {"jan", "anna", "pieter", "sanne", "mohamed", "emma", "kees", "fatima",
        "thomas", "lisa", "daan", "julia", "ahmed", "noor", "willem"};
    private static final String[] LAST = {"jansen", "de-vries", "bakker", "visser", "smit", "meijer", "devries",
        "van.dijk", "mulder", "bos", "yilmaz", "el-amrani", "dekker", "peters"};
    private static final String[] MOBILE_PREFIX = {"061", "062", "063", "064", "065", "068"};
    private static final String[] AREA = {"10", "20", "30", "40", "50", "70", "13", "15", "23", "24", "26", "33", "35",
        "38", "43", "45", "53", "55", "58", "71", "72", "73", "76", "77", "79", "111", "172", "228", "299", "314",
        "318", "342", "413", "475", "495", "512", "523", "547", "566", "575", "591", "597"};
    private static final String[] STREETS = {"Damstraat", "Keizersgracht", "Kerkweg", "Dorpsstraat", "Stationsplein",
        "Molenlaan", "Zuiderdijk", "Oude Gracht", "Herengracht", "Vismarkt", "Wilhelminapark", "Nieuwe Binnenweg"};

    private final Random random;
    private final List<Item> items = new ArrayList<>();

    SyntheticCorpus(long seed) {
        this.random = new Random(seed);
    }

    List<Item> items() {
        return items;
    }

    SyntheticCorpus generate(int perKind) {
        for (int i = 0; i < perKind; i++) {
            add(bsnWritten(validBsn()), Detector.BSN, "bsn");
            add(invalidBsn(), null, "order number failing the 11-proef");
            add((1 + random.nextInt(9)) + digits(9), null, "10-digit number");
            add("00" + digits(7), null, "9 digits starting 00");
            add(iban(random.nextInt(4)), Detector.IBAN, "iban");
            add(ibanWrongCheck(), null, "iban with a wrong check");
            add(email(), Detector.EMAIL, "email");
            add(notEmail(), null, "not an e-mail address");
            add(phone(), Detector.PHONE, "phone");
            add(notPhone(), null, "number that is not a Dutch phone number");
            add(plate(1 + i % 14), Detector.LICENCE_PLATE, "plate sidecode " + (1 + i % 14));
            add(productCode(), null, "product code");
            add(ip(), Detector.IP_ADDRESS, "ip");
            add(notIp(), null, "version number, time or MAC address");
            add(address(), Detector.ADDRESS, "address");
            add(notAddress(), null, "not an address");
        }
        return this;
    }

    private void add(String value, Detector label, String kind) {
        items.add(new Item(value, label, kind));
    }

    // ---------------------------------------------------------------- BSN

    String validBsn() {
        while (true) {
            int[] d = new int[9];
            d[0] = random.nextInt(10);
            d[1] = d[0] == 0 ? 1 + random.nextInt(9) : random.nextInt(10);
            int sum = 9 * d[0] + 8 * d[1];
            for (int i = 2; i < 8; i++) {
                d[i] = random.nextInt(10);
                sum += (9 - i) * d[i];
            }
            int check = sum % 11;
            if (check == 10) {
                continue;
            }
            d[8] = check;
            StringBuilder s = new StringBuilder();
            for (int x : d) {
                s.append(x);
            }
            return s.toString();
        }
    }

    private String bsnWritten(String bsn) {
        return switch (random.nextInt(10)) {
            case 0 -> bsn.substring(0, 4) + "." + bsn.substring(4, 6) + "." + bsn.substring(6);
            case 1 -> bsn.substring(0, 3) + " " + bsn.substring(3, 6) + " " + bsn.substring(6);
            default -> bsn.startsWith("0") && random.nextBoolean() ? bsn.substring(1) : bsn;
        };
    }

    /** A 9-digit order number that fails the 11-proef. */
    String invalidBsn() {
        while (true) {
            String n = (1 + random.nextInt(9)) + digits(8);
            if (!Identifiers.elevenProof(n)) {
                return n;
            }
        }
    }

    // ---------------------------------------------------------------- IBAN

    private String iban(int kind) {
        String iban = switch (kind) {
            case 0, 1 -> withCheck("NL", NL_BANKS[random.nextInt(NL_BANKS.length)] + digits(10));
            case 2 -> withCheck("DE", digits(18));
            default -> random.nextBoolean() ? withCheck("BE", digits(12))
                    : withCheck("GB", "NWBK" + digits(14));
        };
        return written(iban);
    }

    private String ibanWrongCheck() {
        String good = withCheck("NL", NL_BANKS[random.nextInt(NL_BANKS.length)] + digits(10));
        int check = Integer.parseInt(good.substring(2, 4));
        int wrong = check + 1 + random.nextInt(90);
        wrong = 2 + (wrong - 2) % 97;
        if (wrong == check) {
            wrong = check == 2 ? 3 : 2;
        }
        return written(good.substring(0, 2) + String.format("%02d", wrong) + good.substring(4));
    }

    private String written(String iban) {
        String out = iban;
        if (random.nextBoolean()) {
            out = iban.replaceAll("(.{4})(?!$)", "$1 ");
        }
        return random.nextInt(10) == 0 ? out.toLowerCase(Locale.ROOT) : out;
    }

    static String withCheck(String country, String bban) {
        String rearranged = bban + country + "00";
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        int check = 98 - new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
        return country + String.format("%02d", check) + bban;
    }

    // ---------------------------------------------------------------- e-mail

    private String email() {
        String local = switch (random.nextInt(4)) {
            case 0 -> pick(FIRST) + "." + pick(LAST);
            case 1 -> pick(FIRST).charAt(0) + pick(LAST) + random.nextInt(100);
            case 2 -> pick(FIRST) + "_" + pick(LAST) + "+nieuws";
            default -> pick(FIRST) + random.nextInt(2000);
        };
        String address = local + "@" + pick(DOMAINS);
        return random.nextInt(8) == 0 ? address.toUpperCase(Locale.ROOT) : address;
    }

    private String notEmail() {
        return switch (random.nextInt(6)) {
            case 0 -> pick(FIRST) + "@";
            case 1 -> "@" + pick(FIRST) + pick(LAST);
            case 2 -> pick(FIRST) + "." + pick(DOMAINS);
            case 3 -> pick(FIRST) + "@localhost";
            case 4 -> pick(FIRST) + "@@" + pick(DOMAINS);
            default -> "www." + pick(DOMAINS);
        };
    }

    // ---------------------------------------------------------------- phone

    private String phone() {
        boolean mobile = random.nextBoolean();
        String area = mobile ? "6" : pick(AREA);
        String subscriber = mobile ? "" + "123458".charAt(random.nextInt(6)) + digits(7)
                : (2 + random.nextInt(8)) + digits(8 - area.length());
        String national = "0" + area + subscriber;
        String rest = national.substring(1);
        return switch (random.nextInt(9)) {
            case 0 -> national;
            case 1 -> "0" + area + "-" + subscriber;
            case 2 -> "0" + area + " " + subscriber.substring(0, 3) + " " + subscriber.substring(3);
            case 3 -> "+31 " + area + " " + subscriber;
            case 4 -> "+31" + rest;
            case 5 -> "0031 " + area + " " + subscriber;
            case 6 -> "(0" + area + ") " + subscriber;
            case 7 -> "+31 (0)" + area + " " + subscriber;
            default -> "0" + area + "." + subscriber;
        };
    }

    private String notPhone() {
        return switch (random.nextInt(7)) {
            case 0 -> "0" + "12" + digits(7);               // 10 digits, no area code 012
            case 1 -> "06" + digits(9);                     // 11 digits
            case 2 -> String.format("%02d-%02d-%d", 1 + random.nextInt(28), 1 + random.nextInt(12),
                    1950 + random.nextInt(70));             // a date
            case 3 -> {
                String area = pick(AREA);
                yield "0" + area + "0" + digits(8 - area.length()); // subscriber starting with 0
            }
            case 4 -> (1 + random.nextInt(9)) + digits(9);  // 10 digits not starting with 0
            case 5 -> "020" + "1" + digits(6);             // subscriber starting with 1
            default -> digits(3) + "." + digits(3) + "," + digits(2); // an amount
        };
    }

    // ---------------------------------------------------------------- licence plates

    String plate(int sidecode) {
        String pattern = Identifiers.sidecode(sidecode);
        StringBuilder plate = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            plate.append(switch (c) {
                case 'L' -> PLATE_LETTERS.charAt(random.nextInt(PLATE_LETTERS.length()));
                case 'D' -> (char) ('0' + random.nextInt(10));
                default -> '-';
            });
        }
        String written = sidecode != 2 && random.nextBoolean() ? plate.toString().replace("-", "") : plate.toString();
        return random.nextInt(6) == 0 ? written.toLowerCase(Locale.ROOT) : written;
    }

    private String productCode() {
        String letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        return switch (random.nextInt(6)) {
            case 0 -> "" + letters.charAt(random.nextInt(26)) + letters.charAt(random.nextInt(26))
                    + letters.charAt(random.nextInt(26)) + digits(3);                     // LLLDDD
            case 1 -> "" + letters.charAt(random.nextInt(26)) + random.nextInt(10) + letters.charAt(random.nextInt(26))
                    + random.nextInt(10) + letters.charAt(random.nextInt(26)) + random.nextInt(10); // LDLDLD
            case 2 -> digits(3) + letters.charAt(random.nextInt(26)) + letters.charAt(random.nextInt(26))
                    + letters.charAt(random.nextInt(26));                                 // DDDLLL
            case 3 -> "A" + "EIOU".charAt(random.nextInt(4)) + "-" + digits(2) + "-" + digits(2); // vowels
            case 4 -> "SKU-" + digits(5);
            default -> digits(2) + "-" + digits(2) + "-" + digits(2);                     // DD-DD-DD
        };
    }

    // ---------------------------------------------------------------- IP addresses

    private String ip() {
        if (random.nextInt(4) == 0) {
            StringBuilder v6 = new StringBuilder("2001:db8");
            int groups = random.nextBoolean() ? 6 : 2;
            if (groups == 2) {
                v6.append("::");
            } else {
                v6.append(":");
            }
            for (int g = 0; g < groups; g++) {
                if (g > 0) {
                    v6.append(':');
                }
                v6.append(Integer.toHexString(random.nextInt(0x10000)));
            }
            return v6.toString();
        }
        int first = 11 + random.nextInt(212);
        return first + "." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    private String notIp() {
        return switch (random.nextInt(6)) {
            case 0 -> random.nextInt(10) + "." + random.nextInt(10) + "." + random.nextInt(10) + "."
                    + random.nextInt(10);                                          // version 1.2.3.4
            case 1 -> (1 + random.nextInt(20)) + "." + random.nextInt(30) + "." + random.nextInt(100); // 3 parts
            case 2 -> String.format("%02d:%02d:%02d", random.nextInt(24), random.nextInt(60), random.nextInt(60));
            case 3 -> String.format("%02x:%02x:%02x:%02x:%02x:%02x", random.nextInt(256), random.nextInt(256),
                    random.nextInt(256), random.nextInt(256), random.nextInt(256), random.nextInt(256)); // MAC
            case 4 -> (256 + random.nextInt(700)) + "." + random.nextInt(256) + "." + random.nextInt(256) + "."
                    + random.nextInt(256);                                         // out of range
            default -> random.nextInt(200) + "." + random.nextInt(200) + "." + random.nextInt(200) + "."
                    + random.nextInt(200) + "." + random.nextInt(200);             // five parts
        };
    }

    // ---------------------------------------------------------------- addresses

    private String postcode() {
        String letters = "ABCDEFGHJKLMNPRTVWXZ";
        return (1000 + random.nextInt(9000)) + (random.nextBoolean() ? " " : "")
                + letters.charAt(random.nextInt(letters.length())) + letters.charAt(random.nextInt(letters.length()));
    }

    private String address() {
        int number = 1 + random.nextInt(300);
        String addition = random.nextInt(4) == 0 ? "-" + (random.nextBoolean() ? "A" : "2") : "";
        return switch (random.nextInt(4)) {
            case 0 -> pick(STREETS) + " " + number + addition;
            case 1 -> postcode() + " " + number + addition;
            case 2 -> pick(STREETS) + " " + number + addition + ", " + postcode() + " Amsterdam";
            default -> number + addition + ", " + postcode();
        };
    }

    private String notAddress() {
        return switch (random.nextInt(5)) {
            case 0 -> postcode();                                 // PC6 alone: a quasi-identifier, not an address
            case 1 -> pick(STREETS);                              // a street without a number
            case 2 -> "Kamer " + random.nextInt(300);
            case 3 -> "Afdeling " + (1 + random.nextInt(12));
            default -> (1000 + random.nextInt(9000)) + " " + (1 + random.nextInt(99)); // PC4 and a count
        };
    }

    // ---------------------------------------------------------------- helpers

    String digits(int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append((char) ('0' + random.nextInt(10)));
        }
        return s.toString();
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    Random random() {
        return random;
    }
}
