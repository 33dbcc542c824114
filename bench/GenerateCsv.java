// SPDX-License-Identifier: EUPL-1.2

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Writes the benchmark's input: a deterministic, Dutch-flavoured semicolon CSV of "meldingen openbare ruimte"
 * (public-space reports) as Excel on a Dutch Windows would save it, UTF-8 without BOM, CRLF line ends.
 *
 * <pre>java bench/GenerateCsv.java OUT.csv [ROWS]     (ROWS defaults to 5,000,000, about 570 MB)</pre>
 *
 * <p>Same arguments, same bytes, on any JDK: the random numbers come from a hand-written SplitMix64 with a fixed
 * seed (not java.util.Random, whose algorithm could change), and every value is formatted by hand (no Locale, no
 * String.format). Streams through a 1 MiB buffer; never holds the file in memory. Writes OUT.csv.part and renames it
 * when complete, then prints the SHA-256 and writes it to OUT.csv.sha256.
 *
 * <p>Columns (15): meldingnummer (integer), datum_melding (dd-mm-yyyy), gemeentecode (4 digits, leading zeros),
 * gemeentenaam and woonplaats (Frisian accents: Súdwest-Fryslân, Earnewâld; 's-Hertogenbosch; "Nuenen, Gerwen en
 * Nederwetten"), straatnaam (now and then with quotes inside, written "…""…"""), huisnummer, huisletter (mostly
 * empty), postcode (1234 AB), x and y (RD New metres with decimal comma; x 0–300000, y 289000–629000; 1% empty),
 * categorie, bedrag (decimal comma, 15% empty), afgehandeld (ja/nee), omschrijving
 * (95% empty; 1% text with a ; or quotes inside, quoted).
 */
public final class GenerateCsv {

    private static final long SEED = 0x4441_5441_4B52_4141L; // "DATAKRAA"
    private static final int BUFFER = 1 << 20;

    private static final String HEADER = "meldingnummer;datum_melding;gemeentecode;gemeentenaam;woonplaats;straatnaam;"
            + "huisnummer;huisletter;postcode;x;y;categorie;bedrag;afgehandeld;omschrijving";

    /** CBS code and name. */
    private static final String[][] GEMEENTEN = {
        {"0059", "Achtkarspelen"}, {"0060", "Ameland"}, {"1891", "Dantumadiel"}, {"1940", "De Fryske Marren"},
        {"0072", "Harlingen"}, {"0074", "Heerenveen"}, {"0080", "Leeuwarden"}, {"1970", "Noardeast-Fryslân"},
        {"0085", "Ooststellingwerf"}, {"0086", "Opsterland"}, {"0088", "Schiermonnikoog"},
        {"0090", "Smallingerland"}, {"1900", "Súdwest-Fryslân"}, {"0093", "Terschelling"},
        {"0737", "Tytsjerksteradiel"}, {"0096", "Vlieland"}, {"1949", "Waadhoeke"}, {"0098", "Weststellingwerf"},
        {"0014", "Groningen"}, {"0106", "Assen"}, {"0114", "Emmen"}, {"0193", "Zwolle"}, {"0344", "Utrecht"},
        {"0363", "Amsterdam"}, {"0599", "Rotterdam"}, {"0518", "'s-Gravenhage"}, {"0796", "'s-Hertogenbosch"},
        {"0820", "Nuenen, Gerwen en Nederwetten"}, {"0373", "Bergen (NH)"}, {"0935", "Maastricht"},
    };

    private static final String[] WOONPLAATSEN = {
        "Leeuwarden", "Ljouwert", "Snits", "Drachten", "Burgum", "Dokkum", "Wommels", "Reduzum", "Easterein",
        "Earnewâld", "Jorwert", "Koudum", "Makkum", "Wergea", "Goutum", "Stiens", "Sint Annaparochie",
        "Oosterwolde", "Joure", "Sneek", "Bolsward", "IJlst", "Hindeloopen", "Workum", "Aldeboarn", "Grou",
        "Wâlterswâld", "Damwâld", "Jistrum", "Eastermar", "Sûdhoek", "Frjentsjer", "Hurdegaryp", "Kollumerzwaag",
        "Oudega", "Terherne", "Tsjalbert", "Ferwert", "Blije", "Holwerd", "'s-Hertogenbosch", "Den Haag",
        "Groningen", "Assen", "Emmen", "Zwolle", "Utrecht", "Amsterdam", "Rotterdam", "Nuenen",
    };

    private static final String[] STRAAT_STAM = {
        "Kerk", "Molen", "School", "Dorps", "Hoofd", "Tsjerke", "Mole", "Skoalle", "Wâld", "Fean", "Terp",
        "Harinxma", "Sibrandus", "Margriet", "Juliana", "Sint Jacobs",
        "Oude Ooster", "Nieuwe Ooster", "Wirdumer", "Zuiderkruis", "Slachte", "Harlinger", "Ljouwerter",
        "Stuyvesant", "Willem Lodewijk", "Jan Jansz. Kuipers", "Halbertsma", "Gysbert Japicx",
        "Eise Eisinga", "Mata Hari", "Sûdein", "Lyts Fjild", "Buorren", "Opperbuorren", "Efterom",
    };

    private static final String[] STRAAT_SUFFIX = {
        "straat", "weg", "laan", "pad", "plein", "singel", "dyk", "wei", "leane", "buorren", "kade", "gracht",
        "steeg", "hof", "dijk",
    };

    private static final String[] BIJNAMEN = {"De Kromme", "'t Pleintsje", "Oude Bartje", "De Mûne", "Us Heit"};

    private static final String[] CATEGORIEEN = {
        "Verlichting", "Zwerfafval", "Wegdek", "Groen", "Riolering", "Verkeersbord", "Overlast", "Speeltoestel",
        "Fietspad", "Oevers", "Gladheid", "Ongedierte",
    };

    private static final String[] OMSCHRIJVINGEN = {
        "Lamp brandt niet", "Gat in de weg", "Boomtak afgebroken", "Put verstopt", "Bord scheef",
        "Afval naast container", "Stoeptegel los", "Wateroverlast na bui", "Hondenpoep op speelveld",
        "Graffiti op brug", "Fietswrak", "Bermen te hoog",
    };

    /** Quoted because they hold the delimiter or a quote. */
    private static final String[] OMSCHRIJVINGEN_QUOTED = {
        "\"Container vol; zakken ernaast\"", "\"Melder zegt: \"\"al weken zo\"\"\"",
        "\"Tegels los; struikelgevaar\"", "\"Bord \"\"Doodlopende weg\"\" weg\"",
    };

    private final OutputStream out;
    private final MessageDigest sha256;
    private final byte[] buffer = new byte[BUFFER];
    private int position;
    private long written;
    private long state = SEED;

    private final byte[][] gemeenteCode;
    private final byte[][] gemeenteNaam;
    private final byte[][] woonplaats;
    private final byte[][] straatStam;
    private final byte[][] straatSuffix;
    private final byte[][] bijnaam;
    private final byte[][] categorie;
    private final byte[][] omschrijving;
    private final byte[][] omschrijvingQuoted;

    private GenerateCsv(OutputStream out) throws NoSuchAlgorithmException {
        this.out = out;
        this.sha256 = MessageDigest.getInstance("SHA-256");
        String[] codes = new String[GEMEENTEN.length];
        String[] names = new String[GEMEENTEN.length];
        for (int i = 0; i < GEMEENTEN.length; i++) {
            codes[i] = GEMEENTEN[i][0];
            names[i] = GEMEENTEN[i][1];
        }
        gemeenteCode = utf8(codes);
        gemeenteNaam = utf8(names);
        woonplaats = utf8(WOONPLAATSEN);
        straatStam = utf8(STRAAT_STAM);
        straatSuffix = utf8(STRAAT_SUFFIX);
        bijnaam = utf8(BIJNAMEN);
        categorie = utf8(CATEGORIEEN);
        omschrijving = utf8(OMSCHRIJVINGEN);
        omschrijvingQuoted = utf8(OMSCHRIJVINGEN_QUOTED);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("Usage: java bench/GenerateCsv.java OUT.csv [ROWS]");
            System.exit(2);
        }
        Path target = Path.of(args[0]);
        long rows = args.length == 2 ? Long.parseLong(args[1].replace("_", "")) : 5_000_000L;
        Path part = target.resolveSibling(target.getFileName() + ".part");
        if (target.toAbsolutePath().getParent() != null) {
            Files.createDirectories(target.toAbsolutePath().getParent());
        }
        long started = System.nanoTime();
        String hash;
        long bytes;
        try (OutputStream file = Files.newOutputStream(part)) {
            GenerateCsv generator = new GenerateCsv(file);
            generator.write(rows);
            hash = HexFormat.of().formatHex(generator.sha256.digest());
            bytes = generator.written;
        }
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.writeString(target.resolveSibling(target.getFileName() + ".sha256"),
                hash + "  " + target.getFileName() + "\n");
        double seconds = (System.nanoTime() - started) / 1e9;
        System.err.printf("wrote %s: %d rows, %d bytes (%.1f MB) in %.1f s%n", target, rows, bytes, bytes / 1e6,
                seconds);
        System.out.println(hash);
    }

    private void write(long rows) throws IOException {
        ascii(HEADER);
        crlf();
        for (long row = 1; row <= rows; row++) {
            writeRow(row);
        }
        flush();
    }

    private void writeRow(long row) throws IOException {
        // meldingnummer
        number(row);
        semicolon();
        // datum_melding: dd-mm-yyyy, 2015-01-01 .. 2024-12-28
        int day = 1 + below(28);
        int month = 1 + below(12);
        int year = 2015 + below(10);
        twoDigits(day);
        put('-');
        twoDigits(month);
        put('-');
        number(year);
        semicolon();
        // gemeentecode; gemeentenaam
        int gemeente = below(GEMEENTEN.length);
        put(gemeenteCode[gemeente]);
        semicolon();
        put(gemeenteNaam[gemeente]);
        semicolon();
        // woonplaats
        put(woonplaats[below(woonplaats.length)]);
        semicolon();
        // straatnaam: 0.5% with a nickname in quotes, written as a quoted field with doubled quotes
        int stam = below(straatStam.length);
        int suffix = below(straatSuffix.length);
        if (below(200) == 0) {
            put('"');
            put(straatStam[stam]);
            put(straatSuffix[suffix]);
            ascii(" \"\"");
            put(bijnaam[below(bijnaam.length)]);
            ascii("\"\"\"");
        } else {
            put(straatStam[stam]);
            put(straatSuffix[suffix]);
        }
        semicolon();
        // huisnummer 1..199
        number(1 + below(199));
        semicolon();
        // huisletter: mostly empty
        int letter = below(20);
        if (letter < 2) {
            put((byte) ('A' + letter));
        } else if (letter == 2) {
            put('a');
        }
        semicolon();
        // postcode 1000 AA .. 9999 ZZ
        number(1000 + below(9000));
        put(' ');
        put((byte) ('A' + below(26)));
        put((byte) ('A' + below(26)));
        semicolon();
        // x, y in RD New metres, decimal comma, 1% empty (both)
        boolean located = below(100) != 0;
        if (located) {
            decimal(below(300_000), below(100));
        }
        semicolon();
        if (located) {
            decimal(289_000 + below(340_000), below(100));
        }
        semicolon();
        // categorie
        put(categorie[below(categorie.length)]);
        semicolon();
        // bedrag: 15% empty, else 0,00 .. 9999,99
        if (below(100) >= 15) {
            decimal(below(10_000), below(100));
        }
        semicolon();
        // afgehandeld
        ascii(below(3) == 0 ? "nee" : "ja");
        semicolon();
        // omschrijving: 95% empty, 1% quoted with a ; or quotes inside
        int text = below(100);
        if (text < 1) {
            put(omschrijvingQuoted[below(omschrijvingQuoted.length)]);
        } else if (text < 5) {
            put(omschrijving[below(omschrijving.length)]);
        }
        crlf();
    }

    /** SplitMix64 (Steele, Lea, Flood 2014): fixed algorithm, so the same bytes on every JDK. */
    private long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** 0 <= n < bound, via the high 32 bits times the bound (Lemire); the tiny bias is irrelevant here. */
    private int below(int bound) {
        return (int) (((nextLong() >>> 32) * bound) >>> 32);
    }

    private void decimal(int whole, int hundredths) throws IOException {
        number(whole);
        put(',');
        twoDigits(hundredths);
    }

    private void twoDigits(int value) throws IOException {
        put((byte) ('0' + value / 10));
        put((byte) ('0' + value % 10));
    }

    private final byte[] digits = new byte[20];

    private void number(long value) throws IOException {
        if (value == 0) {
            put('0');
            return;
        }
        int n = 0;
        while (value > 0) {
            digits[n++] = (byte) ('0' + value % 10);
            value /= 10;
        }
        ensure(n);
        while (n > 0) {
            buffer[position++] = digits[--n];
        }
    }

    private void semicolon() throws IOException {
        put(';');
    }

    private void crlf() throws IOException {
        put('\r');
        put('\n');
    }

    private void ascii(String text) throws IOException {
        for (int i = 0; i < text.length(); i++) {
            put((byte) text.charAt(i));
        }
    }

    private void put(char c) throws IOException {
        put((byte) c);
    }

    private void put(byte b) throws IOException {
        if (position == BUFFER) {
            flush();
        }
        buffer[position++] = b;
    }

    private void put(byte[] bytes) throws IOException {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, position, bytes.length);
        position += bytes.length;
    }

    private void ensure(int length) throws IOException {
        if (position + length > BUFFER) {
            flush();
        }
    }

    private void flush() throws IOException {
        sha256.update(buffer, 0, position);
        out.write(buffer, 0, position);
        written += position;
        position = 0;
    }

    private static byte[][] utf8(String[] texts) {
        byte[][] bytes = new byte[texts.length][];
        for (int i = 0; i < texts.length; i++) {
            bytes[i] = texts[i].getBytes(StandardCharsets.UTF_8);
        }
        return bytes;
    }
}
