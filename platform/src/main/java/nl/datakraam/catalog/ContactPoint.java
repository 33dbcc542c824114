// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import org.jspecify.annotations.Nullable;

/**
 * A {@code dcat:contactPoint} ({@code vcard:Kind}). DCAT-AP-DONL 1.1 asks for a name and an e-mail address or phone
 * number (data.overheid.nl shows them).
 *
 * @param name  {@code vcard:fn}, e.g. {@code Team Data}
 * @param email {@code vcard:hasEmail}, a plain address ({@code data@provinciegroningen.nl}); null for none
 * @param phone {@code vcard:hasTelephone}, as written ({@code +31 50 316 4911}); null for none
 */
public record ContactPoint(String name, @Nullable String email, @Nullable String phone) {

    /** The SQL parameters {@code cn}, {@code ce}, {@code cp} (name, e-mail, phone) of a contact point, all null for none. */
    static java.util.Map<String, @Nullable Object> columns(@Nullable ContactPoint contact) {
        java.util.Map<String, @Nullable Object> columns = new java.util.HashMap<>();
        columns.put("cn", contact == null ? null : contact.name());
        columns.put("ce", contact == null ? null : contact.email());
        columns.put("cp", contact == null ? null : contact.phone());
        return columns;
    }
}
