// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.datakraam.access.AccessLevel;
import nl.datakraam.access.Caller;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.Reason;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a {@link MetadataPatch} to datasets: the one way the API's PATCH, the bulk edit (API and page) and the
 * metadata import change metadata. Each call is one transaction: all datasets change or none.
 */
@Component
public class MetadataPatches {

    private final Catalog catalog;
    private final Organisations organisations;

    MetadataPatches(Catalog catalog, Organisations organisations) {
        this.catalog = catalog;
        this.organisations = organisations;
    }

    /** The dataset with the patch applied. */
    @Transactional
    public Dataset apply(Dataset current, MetadataPatch patch, Caller caller) {
        Dataset changed = catalog.describe(current.id(), merged(current, patch, caller), caller);
        if (patch.has("groups")) {
            catalog.setGroups(current.id(), patch.list("groups"), caller);
            changed = catalog.get(current.id(), caller);
        }
        return changed;
    }

    /**
     * The datasets with the same patch applied to each, in one transaction.
     *
     * @throws PlatformException as {@link Catalog#describe}; {@link ErrorCode#PUBLICATION_REFUSED} listing the reasons
     *     against every dataset the publication gate refuses (each reason's {@code subject} its title), and nothing
     *     is changed
     */
    @Transactional
    public List<Dataset> applyAll(List<DatasetId> ids, MetadataPatch patch, Caller caller) {
        return applyEach(ids.stream().map(id -> Map.entry(id, patch)).toList(), caller);
    }

    /**
     * Each dataset with its own patch, in one transaction: all or none.
     *
     * @throws PlatformException as {@link #applyAll}
     */
    @Transactional
    public List<Dataset> applyEach(List<Map.Entry<DatasetId, MetadataPatch>> changes, Caller caller) {
        List<Dataset> changed = new ArrayList<>();
        List<Reason> refused = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        String change = PublicationChecks.OPENBAAR;
        for (Map.Entry<DatasetId, MetadataPatch> entry : changes) {
            Dataset current = catalog.get(entry.getKey(), caller);
            try {
                changed.add(apply(current, entry.getValue(), caller));
            } catch (PlatformException e) {
                if (e.code() != ErrorCode.PUBLICATION_REFUSED || changes.size() == 1) {
                    throw e;
                }
                // keep going, so that the refusal lists the reasons against every dataset; it rolls all back
                titles.add(current.title());
                change = String.valueOf(e.details().getOrDefault("change", change));
                e.reasons().forEach(r -> refused.add(new Reason(r.code(), r.message(), r.action(), current.title())));
            }
        }
        if (!refused.isEmpty()) {
            throw PublicationChecks.refused(change, titles, refused);
        }
        return changed;
    }

    /**
     * A harvested dataset with the patch (members as {@link DcatRdf#read} gives them) applied and its source
     * recorded, as {@link Catalog#harvested} says.
     */
    @Transactional
    public Dataset applyHarvested(Dataset current, MetadataPatch patch, Harvest harvest, Caller caller) {
        return catalog.harvested(current.id(), merged(current, patch, caller), harvest, caller);
    }

    private DatasetMetadata merged(Dataset current, MetadataPatch patch, Caller caller) {
        DcatProperties p = current.properties();
        ContactPoint c = p.contactPoint();
        String organisation = current.publisher() == null ? null : current.publisher().id();
        if (patch.has("organisation") && patch.text("organisation") != null) {
            organisation = patch.text("organisation");
        } else if (patch.has("publisher") && patch.text("publisher") != null
                && !patch.text("publisher").isBlank()) {
            organisation = organisations.resolve(patch.text("publisher"), caller).id();
        }
        AccessLevel level = current.accessLevel();
        if (patch.has("accessLevel")) {
            try {
                level = AccessLevel.fromCode(patch.text("accessLevel"));
            } catch (IllegalArgumentException e) {
                throw new PlatformException(ErrorCode.INVALID_PARAMETER, "accessLevel must be 'openbaar', 'intern', "
                        + "'beperkt' or 'vertrouwelijk'.", Map.of("parameter", "accessLevel", "field", "accessLevel"));
            }
        }
        List<String> euThemes = patch.has("euThemes") ? patch.list("euThemes") : p.euThemes();
        List<String> donlThemes = patch.has("donlThemes") ? patch.list("donlThemes") : p.donlThemes();
        ContactPoint contact = new ContactPoint(
                pick(patch, "contactName", c == null ? null : c.name(), Function.identity()),
                pick(patch, "contactEmail", c == null ? null : c.email(), Function.identity()),
                pick(patch, "contactPhone", c == null ? null : c.phone(), Function.identity()));
        DcatProperties properties = new DcatProperties(
                pick(patch, "identifier", p.identifier(), Function.identity()),
                Stream.concat(euThemes.stream(), donlThemes.stream()).toList(),
                patch.has("languages") ? patch.list("languages") : p.languages(),
                pick(patch, "metadataLanguage", p.metadataLanguage(), Function.identity()),
                contact.name() == null && contact.email() == null && contact.phone() == null ? null : contact,
                pick(patch, "authority", p.authority(), Function.identity()),
                pick(patch, "landingPage", p.landingPage(), Function.identity()),
                pick(patch, "documentation", p.documentation(), Function.identity()),
                patch.has("conformsTo") ? patch.list("conformsTo") : p.conformsTo(),
                pick(patch, "provenance", p.provenance(), Function.identity()),
                patch.has("spatial") ? patch.list("spatial") : p.spatial(),
                pick(patch, "temporalStart", p.temporalStart(), v -> date("temporalStart", v)),
                pick(patch, "temporalEnd", p.temporalEnd(), v -> date("temporalEnd", v)));
        return new DatasetMetadata(
                patch.has("title") ? patch.text("title") : current.title(),
                pick(patch, "description", current.description(), Function.identity()),
                organisation,
                pick(patch, "licence", current.licence(), Function.identity()),
                patch.has("keywords") ? patch.list("keywords") : current.keywords(), level,
                pick(patch, "updateFrequency", current.updateFrequency(), MetadataPatches::updateFrequency),
                properties);
    }

    /** The patched value of a member (parsed), or the current one when the patch does not name it. */
    private static <T> @Nullable T pick(MetadataPatch patch, String member, @Nullable T current,
            Function<String, T> parse) {
        if (!patch.has(member)) {
            return current;
        }
        String text = patch.text(member);
        return text == null || text.isBlank() ? null : parse.apply(text);
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new PlatformException(ErrorCode.METADATA_INVALID, field + " must be a date as YYYY-MM-DD.",
                    Map.of("field", field, "problem", "date"));
        }
    }

    /**
     * The frequency a client names by IRI or code.
     *
     * @throws PlatformException {@link ErrorCode#INVALID_PARAMETER} naming {@code updateFrequency} and listing the
     *     allowed codes ({@code details.allowed}) for anything else (the code this member has answered since it
     *     was introduced; kept for clients)
     */
    public static UpdateFrequency updateFrequency(String value) {
        return UpdateFrequency.find(value).orElseThrow(() -> {
            List<String> allowed = UpdateFrequency.all().stream().map(UpdateFrequency::code).toList();
            return new PlatformException(ErrorCode.INVALID_PARAMETER, "updateFrequency must be a concept of the EU "
                    + "frequency list, by IRI (" + UpdateFrequency.NAMESPACE + "MONTHLY) or code; allowed codes: "
                    + String.join(", ", allowed) + ".", Map.of("parameter", "updateFrequency", "field",
                            "updateFrequency", "problem", "not-in-list", "allowed", allowed));
        });
    }
}
