// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.datakraam.quality.mqa.MqaCode;
import org.jspecify.annotations.Nullable;

/**
 * One violation of the DCAT-AP SHACL shapes, as facts a reader's language can say ({@code quality.mqa.MqaCode}
 * {@code shacl.*}) with the validator's own English message kept as detail.
 *
 * @param code    the kind of rule broken: {@code shacl.min-count}, {@code shacl.max-count},
 *                {@code shacl.value-type} or {@code shacl.other} ({@link MqaCode#key()})
 * @param subject what the rule is about: {@code dataset}, {@code distribution} or {@code other} (an agent, a
 *                licence document…)
 * @param path    the property, as a prefixed name (e.g. {@code dct:description}); null for a rule about the node
 *                itself
 * @param focus   the node the rule was checked on, shortened to its last URI segment (e.g. {@code 8f1c…} or
 *                {@code distribution-csv-0})
 * @param detail  the SHACL validator's message (Apache Jena), in English, e.g. {@code minCount[1]: Invalid
 *                cardinality: expected min 1: Got count = 0}
 * @param message the finding in the reader's language, naming the property, in API answers only; null as stored
 */
public record ShaclFinding(String code, String subject, @Nullable String path, String focus, String detail,
        @Nullable String message) {

    /** The same finding said in a language. */
    public ShaclFinding said(String text) {
        return new ShaclFinding(code, subject, path, focus, detail, text);
    }

    /** The arguments of the message: {@code subject}, {@code path} and {@code property} (here: the path). */
    public Map<String, Object> arguments() {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("subject", subject);
        arguments.put("path", path == null ? focus : path);
        arguments.put("property", path == null ? focus : path);
        return arguments;
    }

    /** The finding in English, from the code's template; the detail for an unknown code. */
    public String english() {
        return MqaCode.of(code).map(known -> known.english(arguments())).orElse(detail);
    }
}
