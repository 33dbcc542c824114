// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.mqa;

import nl.datakraam.lib.messages.MessageCode;

/**
 * The messages of the MQA: why an indicator is met or not ({@code reason.*}, the indicator's {@code reason}) and what
 * a DCAT-AP SHACL finding means ({@code shacl.*}). Each has the texts {@code mqa.<key>} in {@code messages.properties}
 * (Dutch) and {@code messages_en.properties} (English), filled in with the named arguments (docs/adr/0003); the
 * English template here is the default, stored with each assessment as its {@code explanation}. Arguments are
 * facts of the description (a property such as {@code dct:license}, a value, a URL, an HTTP status), never data.
 */
public enum MqaCode implements MessageCode {

    /** Arguments: {@code property}, {@code value}. */
    PRESENT("reason.present", "{property} is given: {value}."),

    /** Arguments: {@code property}, {@code level} ({@code dataset}, {@code distribution}). */
    ABSENT("reason.absent", "{level,select,distribution{The distribution has no {property}.}other{{property} is not"
            + " filled in; add it under 'Gegevens bewerken' on the dataset page or with PATCH /v1/datasets/<id>.}}"),

    /** Arguments: {@code property}. */
    NOT_HELD("reason.not-held", "Datakraam does not record {property} yet; it comes with the DCAT-AP-NL metadata"
            + " model."),

    /** Arguments: {@code property}, {@code url}, {@code status}. */
    REACHABLE("reason.reachable", "{property} {url} answered HTTP {status}."),

    /** Arguments: {@code property}, {@code url}, {@code problem} (an HTTP status or what failed). */
    UNREACHABLE("reason.unreachable", "{property} {url} did not answer with 2xx or 3xx: {problem}."),

    /** Arguments: {@code property}, {@code url}, {@code problem} (why not). */
    NOT_CHECKED("reason.not-checked", "{property} {url} was not checked: {problem}."),

    /** Arguments: {@code property}, {@code value}, {@code vocabulary} ({@code access-rights}, {@code licence},
     * {@code file-type}). */
    IN_VOCABULARY("reason.in-vocabulary", "{property} {value} is from the {vocabulary,select,access-rights{EU or"
            + " DCAT-AP-DONL access-right}licence{licence}other{EU file-type and IANA media-type}} vocabulary."),

    /** Arguments as {@link #IN_VOCABULARY}. */
    NOT_IN_VOCABULARY("reason.not-in-vocabulary", "{property} {value} is not confirmed in the {vocabulary,select,"
            + "access-rights{EU or DCAT-AP-DONL access-right}licence{licence}other{EU file-type or IANA media-type}}"
            + " vocabulary that Datakraam holds{vocabulary,select,licence{; give the licence's URI, e.g."
            + " http://creativecommons.org/publicdomain/zero/1.0/}other{}}."),

    /** Arguments: {@code value} (the format). */
    NON_PROPRIETARY("reason.non-proprietary", "{value} is on the list of non-proprietary formats."),

    /** Arguments: {@code value}. */
    PROPRIETARY("reason.proprietary", "{value} is not on the list of non-proprietary formats Datakraam holds."),

    /** Arguments: {@code value}. */
    MACHINE_READABLE("reason.machine-readable", "{value} is on the list of machine-readable formats."),

    /** Arguments: {@code value}. */
    NOT_MACHINE_READABLE("reason.not-machine-readable", "{value} is not on the list of machine-readable formats"
            + " Datakraam holds."),

    CONFORMS("reason.conforms", "The dataset's DCAT description conforms to the DCAT-AP 3.0.1 SHACL shapes."),

    /** Arguments: {@code count} (violations found). */
    VIOLATIONS("reason.violations", "The dataset's DCAT description violates the DCAT-AP 3.0.1 SHACL shapes"
            + " {count,plural,one{once}other{# times}}; the findings say where."),

    /** Arguments: {@code problem} (why the validation did not run). */
    NOT_VALIDATED("reason.not-validated", "The DCAT-AP validation did not run: {problem}."),

    NO_DISTRIBUTION("reason.no-distribution", "The dataset has no distribution."),

    /** A required property is missing. Arguments: {@code subject} ({@code dataset}, {@code distribution},
     * {@code other}), {@code path} (the property, e.g. {@code dct:description}), {@code property} (its name in the
     * reader's language; in English the path). */
    SHACL_MIN_COUNT("shacl.min-count", "The {subject,select,dataset{dataset}distribution{distribution}other{"
            + "description}} lacks {property}, which DCAT-AP requires."),

    /** A property occurs more often than allowed. Arguments as {@link #SHACL_MIN_COUNT}. */
    SHACL_MAX_COUNT("shacl.max-count", "The {subject,select,dataset{dataset}distribution{distribution}other{"
            + "description}} has {property} more often than DCAT-AP allows."),

    /** A value of the wrong kind (class, datatype, node kind, shape). Arguments as {@link #SHACL_MIN_COUNT}. */
    SHACL_VALUE_TYPE("shacl.value-type", "The {subject,select,dataset{dataset}distribution{distribution}other{"
            + "description}} has a value of {property} that is not of the kind DCAT-AP expects."),

    /** Any other rule. Arguments as {@link #SHACL_MIN_COUNT}. */
    SHACL_OTHER("shacl.other", "The {subject,select,dataset{dataset}distribution{distribution}other{description}}"
            + " breaks a DCAT-AP rule for {property}.");

    private final String key;
    private final String english;

    MqaCode(String key, String english) {
        this.key = key;
        this.english = english;
    }

    /** The key; the bundles hold {@code mqa.<key>}. */
    @Override
    public String key() {
        return key;
    }

    @Override
    public String englishTemplate() {
        return english;
    }

    /** The code of a key, e.g. {@link #SHACL_MIN_COUNT} for {@code shacl.min-count}; empty for an unknown key. */
    public static java.util.Optional<MqaCode> of(String key) {
        return java.util.Arrays.stream(values()).filter(code -> code.key.equals(key)).findFirst();
    }

    /** The code of an indicator's reason, e.g. {@code present} for {@link #PRESENT}. */
    public String reason() {
        return key.substring(key.indexOf('.') + 1);
    }
}
