// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import org.jspecify.annotations.Nullable;

/**
 * A JSON merge patch of a dataset's metadata (RFC 7396): the members present are changed, {@code null} clears. Only
 * these members are accepted, with their JSON types; anything else is refused with 400 naming it rather than
 * silently ignored.
 *
 * <ul>
 *   <li>strings: {@code title}, {@code accessLevel} (not null); {@code description}, {@code organisation} (an
 *       organisation id), {@code publisher} (an organisation id or name; a new name creates the organisation),
 *       {@code licence}, {@code updateFrequency}, {@code identifier}, {@code metadataLanguage}, {@code contactName},
 *       {@code contactEmail}, {@code contactPhone}, {@code authority}, {@code landingPage}, {@code documentation},
 *       {@code provenance}, {@code temporalStart}, {@code temporalEnd} (ISO dates);
 *   <li>lists of strings: {@code keywords}, {@code euThemes}, {@code donlThemes}, {@code languages},
 *       {@code conformsTo}, {@code spatial} (CBS codes), {@code groups} (group ids).
 * </ul>
 */
public final class MetadataPatch {

    public static final Set<String> TEXT = Set.of("title", "description", "organisation", "publisher", "licence",
            "accessLevel", "updateFrequency", "identifier", "metadataLanguage", "contactName", "contactEmail",
            "contactPhone", "authority", "landingPage", "documentation", "provenance", "temporalStart",
            "temporalEnd");
    public static final Set<String> LISTS = Set.of("keywords", "euThemes", "donlThemes", "languages", "conformsTo",
            "spatial", "groups");
    private static final Set<String> REQUIRED = Set.of("title", "accessLevel");

    private final Map<String, @Nullable Object> members = new HashMap<>();

    public MetadataPatch() {
    }

    /** A patch of these members (values as JSON would give them: strings, lists of strings, null). */
    public static MetadataPatch of(Map<String, @Nullable Object> members) {
        MetadataPatch patch = new MetadataPatch();
        members.forEach(patch::set);
        return patch.validated();
    }

    @JsonAnySetter
    public void set(String name, @Nullable Object value) {
        members.put(name, value);
    }

    /**
     * @throws PlatformException {@link ErrorCode#INVALID_PARAMETER} naming ({@code details.field}) the first member
     *     that is not editable, has the wrong JSON type, or is null where a value is required
     */
    public MetadataPatch validated() {
        members.forEach((name, value) -> {
            boolean text = TEXT.contains(name) && (value == null || value instanceof String);
            boolean list = LISTS.contains(name) && (value == null || value instanceof List<?> l
                    && l.stream().allMatch(String.class::isInstance));
            if (!text && !list || value == null && REQUIRED.contains(name)) {
                throw new PlatformException(ErrorCode.INVALID_PARAMETER, "'" + name + "' cannot be set this way. "
                        + "Editable: title and accessLevel (strings), " + String.join(", ", TEXT.stream().sorted()
                                .filter(m -> !REQUIRED.contains(m)).toList()) + " (strings or null), "
                        + String.join(", ", LISTS.stream().sorted().toList()) + " (lists of strings).",
                        Map.of("parameter", name, "field", name));
            }
        });
        return this;
    }

    public boolean has(String member) {
        return members.containsKey(member);
    }

    public @Nullable String text(String member) {
        Object value = members.get(member);
        return value == null ? null : String.valueOf(value);
    }

    /** A list member; empty when null. */
    public List<String> list(String member) {
        return members.get(member) instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    public boolean isEmpty() {
        return members.isEmpty();
    }
}
