// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy.detect;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a field's name says about its content. A name is folded first: accents dropped, split into words at every
 * character that is not a letter or digit and at lower-to-upper case changes, lower-cased, and also joined into one
 * word ({@code E-mail adres} → words {@code e, mail, adres}, joined {@code emailadres}). The cues per detector are
 * listed in docs/privacy-detectors.md.
 */
public final class FieldNames {

    /** How strongly a name points at person names. */
    public enum NameCue {
        /** Nothing in the name. */
        NONE,
        /** {@code naam} or {@code name} as a word, without a word that makes it a thing's name. */
        WEAK,
        /** A word only people have: {@code voornaam}, {@code achternaam}, {@code aanvrager} … */
        STRONG
    }

    private final List<String> words;
    private final String joined;

    private FieldNames(List<String> words) {
        this.words = words;
        this.joined = String.join("", words);
    }

    /** The folded form of a field name. */
    public static FieldNames of(String fieldName) {
        String plain = Normalizer.normalize(fieldName, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char previous = ' ';
        for (char c : plain.toCharArray()) {
            boolean alnum = Character.isLetterOrDigit(c);
            if (!alnum || (Character.isUpperCase(c) && Character.isLowerCase(previous))) {
                if (!word.isEmpty()) {
                    words.add(word.toString().toLowerCase(Locale.ROOT));
                    word.setLength(0);
                }
            }
            if (alnum) {
                word.append(c);
            }
            previous = c;
        }
        if (!word.isEmpty()) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
        }
        return new FieldNames(List.copyOf(words));
    }

    /** The words of the name, lower-cased. */
    public List<String> words() {
        return words;
    }

    private boolean word(String... candidates) {
        for (String candidate : candidates) {
            if (words.contains(candidate)) {
                return true;
            }
        }
        return false;
    }

    private boolean contains(String... parts) {
        for (String part : parts) {
            if (joined.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** Words that make a "naam" the name of a thing, not a person. */
    private static final Set<String> THING_NAMES = Set.of("straat", "organisatie", "bedrijf", "project", "regeling",
            "gemeente", "plaats", "woonplaats", "bestand", "file", "dataset", "product", "school", "instelling",
            "categorie", "wijk", "buurt", "provincie", "locatie", "object", "gebied", "weg", "table", "tabel", "kolom",
            "column", "sheet", "blad", "stichting", "vereniging", "land", "stad", "soort", "type", "regio", "district",
            "stadsdeel", "afdeling", "team", "dienst", "host", "domain", "domein", "app", "company", "organisation",
            "organization", "street", "city", "place", "country", "layer", "laag", "thema", "rubriek", "status");

    /** Whether the name says it names a thing (a street, an organisation, a project …), never a person. */
    public boolean thingName() {
        for (String w : words) {
            for (String thing : THING_NAMES) {
                if (w.contains(thing)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The field-name cue for person names. */
    public NameCue personNameCue() {
        if (contains("voornaam", "voornamen", "achternaam", "geslachtsnaam", "tussenvoegsel", "voorletter",
                "roepnaam", "aanvrager", "contactpersoon", "melder", "indiener", "behandelaar", "firstname",
                "lastname", "surname", "fullname", "givenname", "familyname", "initialen", "bewoner", "eigenaarnaam",
                "aanvraagster", "begunstigde", "ontvanger", "klantnaam", "persoonsnaam")) {
            return NameCue.STRONG;
        }
        if (word("naam", "name", "namen", "names", "persoon", "person")) {
            return thingName() ? NameCue.NONE : NameCue.WEAK;
        }
        return NameCue.NONE;
    }

    /**
     * The detector the name points at on its own, strongly enough to report a field even when none of its values was
     * recognised ({@code bsn}, {@code email}, {@code telefoon}, {@code kenteken} …); empty when it points at none.
     */
    public Optional<Detector> strongCue() {
        if (word("bsn") || contains("burgerservicenummer", "sofinummer", "sofinr")) {
            return Optional.of(Detector.BSN);
        }
        if (word("iban") || contains("rekeningnummer", "bankrekening", "rekeningnr", "ibannummer")) {
            return Optional.of(Detector.IBAN);
        }
        if (contains("email", "emailadres") || word("mail")) {
            return Optional.of(Detector.EMAIL);
        }
        if (contains("telefoon", "telnr", "phone", "mobiel", "mobile") || word("tel", "gsm", "fax")) {
            return Optional.of(Detector.PHONE);
        }
        if (contains("kenteken", "licenceplate", "licenseplate", "numberplate")) {
            return Optional.of(Detector.LICENCE_PLATE);
        }
        if (word("ip", "ipv4", "ipv6") || contains("ipadres", "ipaddress")) {
            return Optional.of(Detector.IP_ADDRESS);
        }
        if (birthDateCue()) {
            return Optional.of(Detector.BIRTH_DATE);
        }
        if (contains("huisnummer", "huisnr") || (contains("adres", "address") && !contains("email", "ipadres",
                "ipaddress", "webadres", "url"))) {
            return Optional.of(Detector.ADDRESS);
        }
        if (personNameCue() == NameCue.STRONG) {
            return Optional.of(Detector.PERSON_NAME);
        }
        return Optional.empty();
    }

    /** Whether the name says date of birth ({@code geboortedatum}, {@code gebdat}, {@code dob}, {@code birth…}). */
    public boolean birthDateCue() {
        return contains("geboortedatum", "geboortedag", "gebdat", "gebdatum", "birthdate", "dateofbirth", "birthday",
                "geboren", "geboortejaar") || word("dob", "geboorte", "birth");
    }

    /** Whether the name says age ({@code leeftijd}, {@code age}, {@code lftd}). */
    public boolean ageCue() {
        return word("leeftijd", "age", "lftd") || contains("leeftijdin");
    }

    /** Whether the name says latitude or longitude ({@code lat}, {@code lon}, {@code lng}, {@code breedtegraad} …). */
    public boolean latLonCue() {
        return word("lat", "lon", "lng", "latitude", "longitude") || contains("latitude", "longitude", "breedtegraad",
                "lengtegraad");
    }

    /** Whether the name says a projected coordinate ({@code x}, {@code y}, {@code rd_x}, {@code xcoord} …). */
    public boolean xyCue() {
        return word("x", "y", "rdx", "rdy", "xcoord", "ycoord", "xcoordinaat", "ycoordinaat", "easting", "northing")
                || joined.equals("rdx") || joined.equals("rdy") || contains("xcoord", "ycoord");
    }

    /** Whether the name says house number ({@code huisnummer}, {@code huisnr}). */
    public boolean houseNumberCue() {
        return contains("huisnummer", "huisnr", "housenumber");
    }
}
