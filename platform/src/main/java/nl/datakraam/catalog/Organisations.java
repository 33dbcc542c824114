// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.datakraam.access.Authorization;
import nl.datakraam.access.Caller;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing organisations and thematic groups. Organisations are public facts (who publishes), so anyone may list
 * them; creating and changing them needs the upload right. At start-up the configured default organisation is
 * created from the bundled TOOI registers when missing, and every dataset without an organisation gets one: the
 * organisation whose name equals its old free-text publisher (created when needed), else the default.
 */
@Service
public class Organisations {

    private final JdbcClient jdbc;
    private final Authorization authorization;
    private final CatalogSettings settings;
    private final Clock clock;

    public Organisations(JdbcClient jdbc, Authorization authorization, CatalogSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.authorization = authorization;
        this.settings = settings;
        this.clock = clock;
    }

    /** Every organisation, by name. */
    public List<Organisation> all() {
        return jdbc.sql("select * from organisation order by lower(name), id").query((rs, n) -> organisation(rs))
                .list();
    }

    public Optional<Organisation> find(String id) {
        return jdbc.sql("select * from organisation where id = :id").param("id", id)
                .query((rs, n) -> organisation(rs)).optional();
    }

    /** The configured default organisation (created at start-up). */
    public Organisation defaultOrganisation() {
        return find(settings.defaultOrganisation()).orElseGet(this::ensureDefault);
    }

    /**
     * Creates an organisation, or returns it when it exists. With only a TOOI code ({@code gm0014}) the IRI and name
     * come from the bundled TOOI registers.
     *
     * @throws PlatformException {@link ErrorCode#METADATA_INVALID} naming {@code id}, {@code uri} or {@code name}
     *     when a value is missing or malformed; {@link ErrorCode#NOT_ALLOWED} for a caller who may not manage
     *     organisations
     */
    @Transactional
    public Organisation create(@Nullable String id, @Nullable String uri, @Nullable String name,
            Organisation.Defaults defaults, Caller caller) {
        authorization.requireManageOrganisations(caller);
        String code = code(id, "the TOOI code gm0014");
        Optional<Organisation> existing = find(code);
        if (existing.isPresent()) {
            return existing.get();
        }
        Optional<Concept> tooi = Vocabularies.organisations().stream().filter(c -> c.code().equals(code)).findFirst();
        String iri = uri != null && !uri.isBlank() ? uri.strip() : tooi.map(Concept::iri).orElse(null);
        String label = name != null && !name.isBlank() ? name.strip()
                : tooi.map(c -> capitalised(c.labelNl())).orElse(null);
        if (iri == null) {
            throw MetadataValidation.invalid("uri", "required", Map.of(), "uri is required for an organisation that "
                    + "is not in a TOOI register");
        }
        MetadataValidation.requireUrl("uri", iri);
        if (label == null) {
            throw MetadataValidation.invalid("name", "required", Map.of(), "name is required");
        }
        Organisation organisation = new Organisation(code, iri, label, MetadataValidation.defaults(defaults));
        insert(organisation);
        return organisation;
    }

    /** Replaces an organisation's name and defaults. */
    @Transactional
    public Organisation update(String id, String name, Organisation.Defaults defaults, Caller caller) {
        authorization.requireManageOrganisations(caller);
        Organisation current = find(id).orElseThrow(() -> new PlatformException(ErrorCode.ORGANISATION_NOT_FOUND,
                "No organisation " + id + ".", Map.of("organisationId", id)));
        MetadataValidation.requireLength("name", name, 1, 500);
        Organisation.Defaults checked = MetadataValidation.defaults(defaults);
        ContactPoint contact = checked.contactPoint();
        jdbc.sql("""
                update organisation set name = :name, default_contact_name = :cn, default_contact_email = :ce,
                    default_contact_phone = :cp, default_licence = :licence, default_language = :language,
                    default_authority = :authority, default_themes = :themes
                where id = :id""")
                .param("name", name.strip())
                .params(ContactPoint.columns(contact))
                .param("licence", checked.licence())
                .param("language", checked.language())
                .param("authority", checked.authority())
                .param("themes", checked.themes().isEmpty() ? null : String.join(" ", checked.themes()))
                .param("id", current.id())
                .update();
        return find(id).orElseThrow();
    }

    /** Every thematic group, by name. */
    public List<DatasetGroup> groups() {
        return jdbc.sql("select id, name, description from dataset_group order by lower(name), id")
                .query((rs, n) -> new DatasetGroup(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    /** Creates a thematic group, or returns the one with this id. */
    @Transactional
    public DatasetGroup createGroup(@Nullable String id, @Nullable String name, @Nullable String description,
            Caller caller) {
        authorization.requireManageOrganisations(caller);
        String code = code(id, "fietsen");
        String label = Objects.requireNonNull(MetadataValidation.requireLength("name", name, 1, 200));
        Optional<DatasetGroup> existing = groups().stream().filter(g -> g.id().equals(code)).findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        jdbc.sql("insert into dataset_group (id, name, description, created_at) values (:id, :name, :d, :now)")
                .param("id", code).param("name", label)
                .param("d", description == null || description.isBlank() ? null : description.strip())
                .param("now", now()).update();
        return new DatasetGroup(code, label, description);
    }

    /**
     * The code of a new organisation or group: {@code id} stripped and lowercased.
     *
     * @throws PlatformException {@link ErrorCode#METADATA_INVALID} naming {@code id}: {@code required} when missing
     *     or blank, {@code pattern} unless lowercase letters, digits and hyphens (at most 100)
     */
    private static String code(@Nullable String id, String example) {
        String code = Objects.requireNonNull(MetadataValidation.requireLength("id", id, 1, 100))
                .toLowerCase(Locale.ROOT);
        if (!code.matches("[a-z0-9][a-z0-9-]{0,99}")) {
            throw MetadataValidation.invalid("id", "pattern", Map.of(), "id must be lowercase letters, digits and "
                    + "hyphens, e.g. " + example);
        }
        return code;
    }

    /**
     * Creates the configured default organisation when missing and gives every dataset without an organisation one
     * (see the class comment). Idempotent; runs once at start-up.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void reconcile() {
        Organisation fallback = ensureDefault();
        List<Map.Entry<String, String>> orphans = jdbc.sql("""
                select cast(id as varchar(36)), publisher from dataset where organisation_id is null""")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2) == null ? "" : rs.getString(2).strip()))
                .list();
        for (Map.Entry<String, String> orphan : orphans) {
            String organisation = orphan.getValue().isEmpty() ? fallback.id() : byName(orphan.getValue()).id();
            jdbc.sql("update dataset set organisation_id = :o where cast(id as varchar(36)) = :id")
                    .param("o", organisation).param("id", orphan.getKey()).update();
        }
    }

    /**
     * The organisation a client names by id, TOOI code, IRI or name (case-insensitive, trimmed); one not yet known is
     * created, with its TOOI code and IRI when a TOOI register has that name, else with a local IRI
     * ({@code urn:datakraam:organisation:<id>}). Lets the free-text {@code publisher} of older clients keep working.
     */
    @Transactional
    public Organisation resolve(String idOrName, Caller caller) {
        authorization.requireManageOrganisations(caller);
        String wanted = idOrName.strip();
        MetadataValidation.requireLength("publisher", wanted, 1, 500);
        return find(wanted.toLowerCase(Locale.ROOT))
                .or(() -> all().stream().filter(o -> o.uri().equals(wanted)).findFirst())
                .or(() -> Vocabularies.organisations().stream().filter(c -> c.iri().equals(wanted)).findFirst()
                        .map(c -> byName(capitalised(c.labelNl()))))
                .orElseGet(() -> byName(wanted));
    }

    /** The organisation with this name (case-insensitive), from the table or a TOOI register, created when new. */
    private Organisation byName(String name) {
        Optional<Organisation> known = all().stream().filter(o -> o.name().equalsIgnoreCase(name)).findFirst();
        if (known.isPresent()) {
            return known.get();
        }
        Optional<Concept> tooi = Vocabularies.organisations().stream()
                .filter(c -> c.labelNl().equalsIgnoreCase(name)).findFirst();
        Organisation created;
        if (tooi.isPresent() && find(tooi.get().code()).isEmpty()) {
            created = new Organisation(tooi.get().code(), tooi.get().iri(), name, Organisation.Defaults.NONE);
        } else {
            String slug = Slugs.of(name, 90);
            String id = slug;
            for (int n = 2; find(id).isPresent(); n++) {
                id = slug + "-" + n;
            }
            created = new Organisation(id, "urn:datakraam:organisation:" + id, name, Organisation.Defaults.NONE);
        }
        insert(created);
        return created;
    }

    private Organisation ensureDefault() {
        String id = settings.defaultOrganisation().strip();
        Optional<Organisation> existing = find(id);
        if (existing.isPresent()) {
            return existing.get();
        }
        Concept tooi = Vocabularies.organisations().stream().filter(c -> c.code().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("datakraam.catalog.default-organisation is '" + id
                        + "', which is neither an organisation created earlier nor a TOOI code of the bundled "
                        + "registers (provinces pv20..pv31, municipalities gm0014.., water boards, ministries). "
                        + "Set it to a TOOI code such as pv20, or create the organisation first."));
        ContactPoint contact = settings.contactName() == null || settings.contactName().isBlank() ? null
                : new ContactPoint(settings.contactName(), blankToNull(settings.contactEmail()),
                        blankToNull(settings.contactPhone()));
        Organisation organisation = new Organisation(tooi.code(), tooi.iri(), capitalised(tooi.labelNl()),
                MetadataValidation.defaults(new Organisation.Defaults(contact, blankToNull(settings.licence()),
                        blankToNull(settings.language()), null, settings.themes())));
        insert(organisation);
        return organisation;
    }

    private void insert(Organisation organisation) {
        ContactPoint contact = organisation.defaults().contactPoint();
        jdbc.sql("""
                insert into organisation (id, uri, name, default_contact_name, default_contact_email,
                    default_contact_phone, default_licence, default_language, default_authority, default_themes,
                    created_at)
                values (:id, :uri, :name, :cn, :ce, :cp, :licence, :language, :authority, :themes, :now)""")
                .param("id", organisation.id())
                .param("uri", organisation.uri())
                .param("name", organisation.name())
                .params(ContactPoint.columns(contact))
                .param("licence", organisation.defaults().licence())
                .param("language", organisation.defaults().language())
                .param("authority", organisation.defaults().authority())
                .param("themes", organisation.defaults().themes().isEmpty() ? null
                        : String.join(" ", organisation.defaults().themes()))
                .param("now", now())
                .update();
    }

    private static Organisation organisation(ResultSet rs) throws SQLException {
        String contactName = rs.getString("default_contact_name");
        ContactPoint contact = contactName == null ? null : new ContactPoint(contactName,
                rs.getString("default_contact_email"), rs.getString("default_contact_phone"));
        String themes = rs.getString("default_themes");
        return new Organisation(rs.getString("id"), rs.getString("uri"), rs.getString("name"),
                new Organisation.Defaults(contact, rs.getString("default_licence"), rs.getString("default_language"),
                        rs.getString("default_authority"), themes == null ? List.of() : List.of(themes.split(" "))));
    }

    /** A TOOI label as the organisation writes its own name: {@code provincie Groningen} → {@code Provincie Groningen}. */
    private static String capitalised(String label) {
        return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
