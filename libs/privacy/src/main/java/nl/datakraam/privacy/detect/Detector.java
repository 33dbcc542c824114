// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy.detect;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of personal data the detectors look for, each with its stable code (the privacy contract's). */
public enum Detector {
    /** Burgerservicenummer: 9 digits passing the 11-proef (8 digits when a leading zero was dropped). */
    BSN("bsn"),
    /** International bank account number, ISO 13616 (mod 97 check), Dutch and foreign. */
    IBAN("iban"),
    /** E-mail address. */
    EMAIL("email"),
    /** Dutch telephone number: mobile (06), geographic area codes, 085/088, 0800/090x; +31 and 0031 forms. */
    PHONE("phone"),
    /** Postcode with house number, or street with house number; a postcode alone (PC6) is a quasi-identifier. */
    ADDRESS("address"),
    /** Date of birth: a date field whose name says so, with plausible dates. */
    BIRTH_DATE("birth-date"),
    /** Age in years: an integer field whose name says so, 0 to 120. */
    AGE("age"),
    /** Dutch licence plate of one of the RDW sidecodes 1 to 14. */
    LICENCE_PLATE("licence-plate"),
    /** IPv4 or IPv6 address. */
    IP_ADDRESS("ip-address"),
    /** Point coordinates better than about 10 m (WGS 84 with 4 or more decimals, RD New finer than 10 m). */
    PRECISE_LOCATION("precise-location"),
    /** Names of people: field-name cues and a list of common Dutch first names. */
    PERSON_NAME("person-name"),
    /** Long, varied free text, to be read by a person: it may hold anything. */
    FREE_TEXT("free-text"),
    /** Document properties of an office file (creator, last modified by, company, internal paths). */
    OFFICE_METADATA("office-metadata");

    private final String code;

    Detector(String code) {
        this.code = code;
    }

    /** The stable code, as stored and served ({@code bsn}, {@code licence-plate} …). */
    public String code() {
        return code;
    }

    /** The detector of a code; empty for an unknown code. */
    public static Optional<Detector> of(String code) {
        return Arrays.stream(values()).filter(d -> d.code.equals(code)).findFirst();
    }
}
