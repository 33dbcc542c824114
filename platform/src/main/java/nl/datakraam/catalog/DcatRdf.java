// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VCARD4;
import org.jspecify.annotations.Nullable;

/**
 * The one mapping of Datakraam's catalogue onto DCAT-AP-NL 3.0 RDF (docs/metadata.md has the same table for people).
 * The DCAT export ({@code /v1/catalog}, {@code /v1/datasets/{id}/metadata}), the public feed ({@code /catalog},
 * {@code /datasets/{slug}.ttl}, in {@code publish.dcat}) and the MQA's SHACL check and indicators ({@code quality.mqa})
 * all use it, so what is checked is what is published.
 *
 * <p>Vocabulary terms are IRIs typed with the class the shapes expect and labelled ({@code skos:prefLabel}), since
 * the EU vocabularies themselves are not loaded by a validator (CHECKS.md section 1, caveat 3): themes, licences,
 * languages, access rights, file types and IANA media types. {@code dct:identifier} is a literal (case c24). The
 * contact point is a {@code vcard:Kind}; the publisher and creator a {@code foaf:Agent} with its TOOI IRI.
 *
 * <p>Pure and thread-safe; {@code base} is the public base URL without a trailing slash.
 */
public final class DcatRdf {

    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String ADMS = "http://www.w3.org/ns/adms#";
    public static final String DCATAP = "http://data.europa.eu/r5r/";
    /** OWMS / DCAT-AP-DONL terms ({@code overheid:authority}). */
    public static final String OVERHEID = "http://standaarden.overheid.nl/owms/terms/";
    public static final String IANA = "https://www.iana.org/assignments/media-types/";
    public static final String EU_ACCESS_RIGHT = "http://publications.europa.eu/resource/authority/access-right/";

    /** SPDX 2.3's RDF terms, which DCAT-AP 3 uses for checksums. */
    public static final String SPDX = "http://spdx.org/rdf/terms#";
    private static final Property SPDX_CHECKSUM = ModelFactory.createDefaultModel().createProperty(SPDX, "checksum");
    private static final Property SPDX_ALGORITHM = ModelFactory.createDefaultModel().createProperty(SPDX, "algorithm");
    private static final Property SPDX_VALUE = ModelFactory.createDefaultModel().createProperty(SPDX,
            "checksumValue");
    private static final Resource SPDX_CHECKSUM_CLASS = ModelFactory.createDefaultModel().createResource(SPDX
            + "Checksum");
    private static final Resource SPDX_ALGORITHM_CLASS = ModelFactory.createDefaultModel().createResource(SPDX
            + "ChecksumAlgorithm");
    private static final Property FOAF_NAME = ModelFactory.createDefaultModel().createProperty(FOAF, "name");
    private static final Property FOAF_PAGE = ModelFactory.createDefaultModel().createProperty(FOAF, "page");
    private static final Property FOAF_HOMEPAGE = ModelFactory.createDefaultModel().createProperty(FOAF, "homepage");
    private static final Resource FOAF_AGENT = ModelFactory.createDefaultModel().createResource(FOAF + "Agent");
    private static final Resource FOAF_DOCUMENT = ModelFactory.createDefaultModel().createResource(FOAF + "Document");
    private static final Property VERSION_NOTES = ModelFactory.createDefaultModel().createProperty(ADMS,
            "versionNotes");
    private static final Property AUTHORITY = ModelFactory.createDefaultModel().createProperty(OVERHEID,
            "authority");

    public static final String SCHEMA = "http://schema.org/";
    public static final String TIME = "http://www.w3.org/2006/time#";
    private static final Property SCHEMA_START = ModelFactory.createDefaultModel().createProperty(SCHEMA, "startDate");
    private static final Property SCHEMA_END = ModelFactory.createDefaultModel().createProperty(SCHEMA, "endDate");
    private static final Property TIME_BEGINNING = ModelFactory.createDefaultModel().createProperty(TIME,
            "hasBeginning");
    private static final Property TIME_END = ModelFactory.createDefaultModel().createProperty(TIME, "hasEnd");
    private static final Property TIME_DATE = ModelFactory.createDefaultModel().createProperty(TIME, "inXSDDate");
    private static final Property TIME_DATE_TIME = ModelFactory.createDefaultModel().createProperty(TIME,
            "inXSDDateTime");
    private static final Property TIME_DATE_TIME_STAMP = ModelFactory.createDefaultModel().createProperty(TIME,
            "inXSDDateTimeStamp");

    private DcatRdf() {
    }

    /** The dataset's IRI: its page, by slug. */
    public static String datasetUri(String base, Dataset dataset) {
        return base + "/datasets/" + dataset.slug();
    }

    /** A distribution's access URL: the dataset page, where every distribution is offered. */
    public static String accessUrl(String base, Dataset dataset) {
        return datasetUri(base, dataset);
    }

    /** A distribution's download URL. */
    public static String downloadUrl(String base, Dataset dataset, Distribution distribution) {
        return base + "/v1/datasets/" + dataset.id() + "/download?format=" + distribution.format();
    }

    /** A distribution's IRI. */
    public static String distributionUri(String base, Dataset dataset, Distribution distribution) {
        return datasetUri(base, dataset) + "#distribution-" + distribution.format().toLowerCase(Locale.ROOT);
    }

    /**
     * The EU access-right IRI of an access level: openbaar → PUBLIC; beperkt (shared with named partners) →
     * RESTRICTED; intern and vertrouwelijk → NON_PUBLIC.
     */
    public static String accessRights(nl.datakraam.access.AccessLevel level) {
        return EU_ACCESS_RIGHT + switch (level) {
            case OPENBAAR -> "PUBLIC";
            case BEPERKT -> "RESTRICTED";
            case INTERN, VERTROUWELIJK -> "NON_PUBLIC";
        };
    }

    /**
     * The EU file-type IRI of a distribution format ({@link DistributionFormat#code()}, or a file-type code), from the
     * bundled file-type list; empty when not in it.
     */
    public static Optional<String> fileType(String format) {
        String code = DistributionFormat.of(format).map(DistributionFormat::fileType).orElse(format);
        return Vocabularies.find(Vocabularies.fileTypes(), code.toUpperCase(Locale.ROOT)).map(Concept::iri);
    }

    /**
     * The application profile a description is written for.
     *
     * <ul>
     *   <li>{@link #DCAT_AP_NL}: DCAT-AP-NL 3.0 (and so DCAT-AP 3.0.1), the default;
     *   <li>{@link #DCAT_AP_DONL}: DCAT-AP-DONL 1.1, for data.overheid.nl's current harvester. The same description
     *       with what DONL 1.1 asks beyond DCAT-AP-NL: the licence also on the dataset ({@code dct:license}), themes
     *       only from its theme list (the TaxonomieBeleidsagenda; EU Data Themes left out), and each distribution
     *       with the dataset's languages and a description.
     * </ul>
     */
    public enum Profile {
        DCAT_AP_NL, DCAT_AP_DONL
    }

    /** A new model with the usual prefixes. */
    public static Model newModel() {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("dcat", DCAT.NS);
        model.setNsPrefix("dct", DCTerms.NS);
        model.setNsPrefix("foaf", FOAF);
        model.setNsPrefix("vcard", VCARD4.NS);
        model.setNsPrefix("skos", SKOS.uri);
        model.setNsPrefix("adms", ADMS);
        model.setNsPrefix("overheid", OVERHEID);
        model.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        model.setNsPrefix("spdx", SPDX);
        return model;
    }

    /**
     * The catalogue: a {@code dcat:Catalog} published by {@code publisher}, with every dataset given.
     *
     * @param datasets what the caller may see; the caller's filter is applied before, never here
     */
    public static Model catalog(String base, String title, Organisation publisher, List<Dataset> datasets) {
        return catalog(base, title, publisher, datasets, Profile.DCAT_AP_NL);
    }

    /** The catalogue as {@link #catalog(String, String, Organisation, List)}, written for {@code profile}. */
    public static Model catalog(String base, String title, Organisation publisher, List<Dataset> datasets,
            Profile profile) {
        Model model = newModel();
        Resource catalog = model.createResource(catalogUri(base), DCAT.Catalog);
        catalog.addProperty(DCTerms.title, title, "nl");
        catalog.addProperty(DCTerms.description, "Datasets van " + publisher.name() + " in " + title, "nl");
        catalog.addProperty(DCTerms.publisher, agent(model, publisher.uri(), publisher.name()));
        catalog.addProperty(FOAF_HOMEPAGE, model.createResource(base + "/", FOAF_DOCUMENT));
        catalog.addProperty(DCTerms.language, language(model, Vocabularies.LANGUAGE_SCHEME + "/NLD"));
        ContactPoint contact = publisher.defaults().contactPoint();
        catalog.addProperty(DCAT.contactPoint, contactPoint(model, contact != null ? contact
                : new ContactPoint(publisher.name(), null, null), catalogUri(base) + "#contact"));
        for (Dataset dataset : datasets) {
            catalog.addProperty(DCAT.dataset, dataset(model, base, dataset, profile));
        }
        return model;
    }

    /**
     * Adds {@code dct:source} (DCAT-AP 3 "source": a related Dataset from which the described Dataset is derived) from
     * each derived dataset of the model to those of its sources that are {@code openbaar} and described in the same
     * model: the shapes require the object to be a {@code dcat:Dataset} of the graph, and a derived dataset names no
     * source the public may not see.
     *
     * @param datasets the datasets written into {@code model}
     * @param sources  per derived dataset, its sources ({@link DatasetSources#sourcesOf})
     */
    public static void addSources(Model model, String base, List<Dataset> datasets,
            java.util.Map<DatasetId, List<DatasetId>> sources) {
        java.util.Map<DatasetId, Dataset> written = new java.util.HashMap<>();
        datasets.forEach(d -> written.put(d.id(), d));
        for (var entry : sources.entrySet()) {
            Dataset derived = written.get(entry.getKey());
            if (derived == null) {
                continue;
            }
            for (DatasetId sourceId : entry.getValue()) {
                Dataset source = written.get(sourceId);
                if (source != null && source.accessLevel() == nl.datakraam.access.AccessLevel.OPENBAAR) {
                    model.getResource(datasetUri(base, derived)).addProperty(DCTerms.source,
                            model.getResource(datasetUri(base, source)));
                }
            }
        }
    }

    /** The catalogue's IRI, where its public DCAT feed is served. */
    public static String catalogUri(String base) {
        return base + "/catalog";
    }

    /** One dataset and its distributions, alone in a model. */
    public static Model dataset(String base, Dataset dataset) {
        return dataset(base, dataset, Profile.DCAT_AP_NL);
    }

    /** One dataset and its distributions, alone in a model, written for {@code profile}. */
    public static Model dataset(String base, Dataset dataset, Profile profile) {
        Model model = newModel();
        dataset(model, base, dataset, profile);
        return model;
    }

    /** Adds a dataset and its distributions to a model and returns the dataset's resource. */
    public static Resource dataset(Model model, String base, Dataset d) {
        return dataset(model, base, d, Profile.DCAT_AP_NL);
    }

    /** Adds a dataset and its distributions, written for {@code profile}, and returns the dataset's resource. */
    public static Resource dataset(Model model, String base, Dataset d, Profile profile) {
        DcatProperties p = d.properties();
        String uri = datasetUri(base, d);
        Resource dataset = model.createResource(uri, DCAT.Dataset);
        dataset.addProperty(DCTerms.title, d.title(), "nl");
        // dct:description is mandatory; a dataset the steward has not described yet is published with its title.
        dataset.addProperty(DCTerms.description, d.description() != null && !d.description().isBlank()
                ? d.description() : d.title(), "nl");
        dataset.addProperty(DCTerms.identifier, p.identifier() != null ? p.identifier() : uri);
        d.keywords().forEach(k -> dataset.addProperty(DCAT.keyword, k, "nl"));
        for (String theme : profile == Profile.DCAT_AP_DONL ? p.donlThemes() : p.themes()) {
            dataset.addProperty(DCAT.theme, concept(model, theme, Vocabularies.themes()));
        }
        if (d.publisher() != null) {
            dataset.addProperty(DCTerms.publisher, agent(model, d.publisher().uri(), d.publisher().name()));
        }
        Resource creator = p.authority() != null ? agent(model, p.authority(), authorityName(p.authority(), d))
                : d.publisher() != null ? agent(model, d.publisher().uri(), d.publisher().name()) : null;
        if (creator != null) {
            dataset.addProperty(DCTerms.creator, creator);
            dataset.addProperty(AUTHORITY, creator);
        }
        Resource rights = model.createResource(accessRights(d.accessLevel()), DCTerms.RightsStatement);
        rights.addProperty(SKOS.prefLabel, d.accessLevel().code(), "nl");
        dataset.addProperty(DCTerms.accessRights, rights);
        if (p.contactPoint() != null) {
            dataset.addProperty(DCAT.contactPoint, contactPoint(model, p.contactPoint(), uri + "#contact"));
        }
        for (String language : p.languages()) {
            dataset.addProperty(DCTerms.language, language(model, language));
        }
        if (d.updateFrequency() != null) {
            Resource frequency = model.createResource(d.updateFrequency().iri(), DCTerms.Frequency);
            frequency.addProperty(SKOS.prefLabel, d.updateFrequency().labelNl(), "nl");
            frequency.addProperty(SKOS.prefLabel, d.updateFrequency().labelEn(), "en");
            dataset.addProperty(DCTerms.accrualPeriodicity, frequency);
        }
        for (String code : p.spatial()) {
            Vocabularies.find(Vocabularies.places(), code).ifPresent(place -> {
                Resource location = model.createResource(place.iri(), DCTerms.Location);
                location.addProperty(SKOS.prefLabel, place.labelNl(), "nl");
                location.addProperty(DCTerms.identifier, place.code());
                dataset.addProperty(DCTerms.spatial, location);
            });
        }
        if (p.temporalStart() != null || p.temporalEnd() != null) {
            Resource period = model.createResource(DCTerms.PeriodOfTime);
            if (p.temporalStart() != null) {
                period.addLiteral(DCAT.startDate, model.createTypedLiteral(p.temporalStart().toString(),
                        XSDDatatype.XSDdate));
            }
            if (p.temporalEnd() != null) {
                period.addLiteral(DCAT.endDate, model.createTypedLiteral(p.temporalEnd().toString(),
                        XSDDatatype.XSDdate));
            }
            dataset.addProperty(DCTerms.temporal, period);
        }
        for (String standard : p.conformsTo()) {
            dataset.addProperty(DCTerms.conformsTo, model.createResource(standard, DCTerms.Standard));
        }
        if (p.landingPage() != null) {
            dataset.addProperty(DCAT.landingPage, model.createResource(p.landingPage(), FOAF_DOCUMENT));
        }
        if (p.documentation() != null) {
            dataset.addProperty(FOAF_PAGE, model.createResource(p.documentation(), FOAF_DOCUMENT));
        }
        if (p.provenance() != null) {
            dataset.addProperty(DCTerms.provenance, model.createResource(DCTerms.ProvenanceStatement)
                    .addProperty(RDFS.label, p.provenance(), "nl"));
        }
        dataset.addLiteral(DCTerms.issued, dateTime(model, d.createdAt()));
        dataset.addLiteral(DCTerms.modified, dateTime(model, d.modifiedAt()));
        DatasetVersion version = d.currentVersion();
        if (version != null) {
            dataset.addProperty(model.createProperty(DCAT.NS, "version"), String.valueOf(version.number()));
            if (version.versionNotes() != null) {
                dataset.addProperty(VERSION_NOTES, version.versionNotes(), "nl");
            }
            VersionSpatial.@Nullable Bbox bbox = version.spatial() == null ? null : version.spatial().bbox();
            if (bbox != null) {
                Resource extent = model.createResource(DCTerms.Location);
                extent.addLiteral(model.createProperty(DCAT.NS, "bbox"), model.createTypedLiteral("POLYGON((%s %s,%s %s,%s %s,%s %s,%s %s))"
                        .formatted(bbox.west(), bbox.south(), bbox.east(), bbox.south(), bbox.east(), bbox.north(),
                                bbox.west(), bbox.north(), bbox.west(), bbox.south()),
                        "http://www.opengis.net/ont/geosparql#wktLiteral"));
                dataset.addProperty(DCTerms.spatial, extent);
            }
            for (Distribution x : version.distributions()) {
                Resource distribution = distribution(model, base, d, version, x);
                if (profile == Profile.DCAT_AP_DONL) {
                    distribution.addProperty(DCTerms.description, "De gegevens van " + d.title() + " als "
                            + x.format().toUpperCase(Locale.ROOT) + ".", "nl");
                    for (String language : p.languages()) {
                        distribution.addProperty(DCTerms.language, language(model, language));
                    }
                    distribution.listProperties(DCTerms.license).toList()
                            .forEach(st -> dataset.addProperty(DCTerms.license, st.getObject()));
                }
                dataset.addProperty(DCAT.distribution, distribution);
            }
        }
        Harvest harvest = d.harvest();
        if (harvest != null) {
            for (int n = 0; n < harvest.distributions().size(); n++) {
                dataset.addProperty(DCAT.distribution, harvested(model, base, d, harvest, n));
            }
        }
        return dataset;
    }

    /** A harvested dataset's distribution: the source's URL, as access and download URL. */
    private static Resource harvested(Model model, String base, Dataset d, Harvest harvest, int n) {
        Harvest.Link link = harvest.distributions().get(n);
        Resource distribution = model.createResource(datasetUri(base, d) + "#distribution-" + (n + 1),
                DCAT.Distribution);
        String format = link.format() == null ? null : link.format().toUpperCase(Locale.ROOT);
        distribution.addProperty(DCTerms.title, d.title() + (format == null ? "" : " (" + format + ")"), "nl");
        distribution.addProperty(DCAT.accessURL, model.createResource(link.url()));
        distribution.addProperty(DCAT.downloadURL, model.createResource(link.url()));
        if (format != null) {
            fileType(format).ifPresent(type -> distribution.addProperty(DCTerms.format,
                    concept(model, type, Vocabularies.fileTypes()).addProperty(RDF.type,
                            DCTerms.MediaTypeOrExtent)));
        }
        if (link.mediaType() != null && link.mediaType().matches("[\\w.+-]+/[\\w.+-]+")) {
            String mediaType = link.mediaType().toLowerCase(Locale.ROOT);
            distribution.addProperty(DCAT.mediaType, model.createResource(IANA + mediaType, DCTerms.MediaType)
                    .addProperty(SKOS.prefLabel, mediaType));
        }
        licence(model, d).ifPresent(licence -> distribution.addProperty(DCTerms.license, licence));
        return distribution;
    }

    /**
     * The licence of a dataset's distributions: the licence list's IRI, an IRI outside it, or (free text, or a
     * harvested licence text that matched no licence: case c25) a {@code dct:LicenseDocument} labelled with it.
     */
    private static Optional<Resource> licence(Model model, Dataset d) {
        String text = d.licence() != null && !d.licence().isBlank() ? d.licence()
                : d.harvest() != null ? d.harvest().licenceLabel() : null;
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<Concept> known = Vocabularies.find(Vocabularies.licences(), text);
        Resource licence = known.isPresent() || text.matches("(?i)https?://\\S+")
                ? model.createResource(text.strip(), DCTerms.LicenseDocument)
                : model.createResource(DCTerms.LicenseDocument);
        licence.addProperty(RDFS.label, known.map(Concept::labelNl).orElse(text), "nl");
        return Optional.of(licence);
    }

    private static Resource distribution(Model model, String base, Dataset d, DatasetVersion version,
            Distribution x) {
        Resource distribution = model.createResource(distributionUri(base, d, x), DCAT.Distribution);
        distribution.addProperty(DCTerms.title, d.title() + " (" + x.format().toUpperCase(Locale.ROOT) + ")", "nl");
        distribution.addProperty(DCAT.accessURL, model.createResource(accessUrl(base, d)));
        distribution.addProperty(DCAT.downloadURL, model.createResource(downloadUrl(base, d, x)));
        fileType(x.format()).ifPresent(type -> distribution.addProperty(DCTerms.format,
                concept(model, type, Vocabularies.fileTypes()).addProperty(RDF.type, DCTerms.MediaTypeOrExtent)));
        String mediaType = x.mediaType().split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        distribution.addProperty(DCAT.mediaType, model.createResource(IANA + mediaType, DCTerms.MediaType)
                .addProperty(SKOS.prefLabel, mediaType));
        licence(model, d).ifPresent(licence -> distribution.addProperty(DCTerms.license, licence));
        if (x.byteSize() != null) { // unknown until the file is made (data.csv before its first download)
            distribution.addLiteral(DCAT.byteSize, model.createTypedLiteral(String.valueOf(x.byteSize()),
                    XSDDatatype.XSDnonNegativeInteger));
        }
        if (x.sha256() != null) { // SPDX 2.3 §8.4 as DCAT-AP 3 uses it: spdx:checksum of a spdx:Checksum
            distribution.addProperty(SPDX_CHECKSUM, model.createResource(SPDX_CHECKSUM_CLASS)
                    .addProperty(SPDX_ALGORITHM, model.createResource(SPDX + "checksumAlgorithm_sha256",
                            SPDX_ALGORITHM_CLASS))
                    .addLiteral(SPDX_VALUE, model.createTypedLiteral(x.sha256(), XSDDatatype.XSDhexBinary)));
        }
        distribution.addLiteral(DCTerms.issued, dateTime(model, version.createdAt()));
        distribution.addLiteral(DCTerms.modified, dateTime(model, version.createdAt()));
        return distribution;
    }

    private static String authorityName(String authority, Dataset d) {
        if (d.publisher() != null && d.publisher().uri().equals(authority)) {
            return d.publisher().name();
        }
        return Vocabularies.organisations().stream().filter(o -> o.iri().equals(authority)).findFirst()
                .map(Concept::labelNl).orElse(authority);
    }

    private static Resource agent(Model model, String uri, String name) {
        Resource agent = model.createResource(uri, FOAF_AGENT);
        if (!agent.hasProperty(FOAF_NAME)) {
            agent.addProperty(FOAF_NAME, name, "nl");
        }
        return agent;
    }

    private static Resource contactPoint(Model model, ContactPoint contact, String uri) {
        Resource kind = model.createResource(uri, VCARD4.Kind);
        kind.addProperty(VCARD4.fn, contact.name());
        if (contact.email() != null) {
            kind.addProperty(VCARD4.hasEmail, model.createResource("mailto:" + contact.email()));
        }
        if (contact.phone() != null) {
            kind.addProperty(VCARD4.hasTelephone, model.createResource("tel:" + contact.phone().replaceAll(
                    "[^+0-9]", "")));
        }
        return kind;
    }

    private static Resource language(Model model, String iri) {
        Resource language = concept(model, iri, Vocabularies.languages());
        language.addProperty(RDF.type, DCTerms.LinguisticSystem);
        return language;
    }

    /** A vocabulary term: its IRI typed skos:Concept, with the list's label and scheme. */
    private static Resource concept(Model model, String iri, List<Concept> list) {
        Resource concept = model.createResource(iri, SKOS.Concept);
        Optional<Concept> known = list.stream().filter(c -> c.iri().equals(iri)).findFirst();
        if (!concept.hasProperty(SKOS.prefLabel)) {
            concept.addProperty(SKOS.prefLabel, known.map(Concept::labelNl).orElse(iri.substring(
                    iri.lastIndexOf('/') + 1)), "nl");
            known.ifPresent(c -> {
                if (!c.labelEn().equals(c.labelNl())) {
                    concept.addProperty(SKOS.prefLabel, c.labelEn(), "en");
                }
                Resource scheme = model.createResource(c.scheme(), SKOS.ConceptScheme);
                if (!scheme.hasProperty(DCTerms.title)) {
                    scheme.addProperty(DCTerms.title, c.scheme().substring(c.scheme().lastIndexOf('/') + 1));
                }
                concept.addProperty(SKOS.inScheme, scheme);
            });
        }
        return concept;
    }

    private static org.apache.jena.rdf.model.Literal dateTime(Model model, java.time.Instant instant) {
        return model.createTypedLiteral(instant.toString(), XSDDatatype.XSDdateTime);
    }

    /**
     * A DCAT description read back (import and harvest): one entry per {@code dcat:Dataset} of the model, with the
     * dataset's IRI and its properties as the members of a metadata patch, the inverse of {@link #dataset}. Values
     * are as the record gives them; the patch's validation decides what is accepted. A licence given only as a text
     * label is matched to the licence list (case c25) or passed on as written, so that validation names it;
     * temporal coverage is read from {@code dcat:startDate}/{@code dcat:endDate} (case c26). Properties Datakraam
     * does not keep are left out.
     */
    public static List<Imported> read(Model model) {
        List<Imported> datasets = new java.util.ArrayList<>();
        for (Resource d : model.listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList()) {
            java.util.Map<String, @Nullable Object> m = new java.util.LinkedHashMap<>();
            literal(d, DCTerms.title).ifPresent(v -> m.put("title", v));
            literal(d, DCTerms.description).ifPresent(v -> m.put("description", v));
            literal(d, DCTerms.identifier).ifPresent(v -> m.put("identifier", v));
            List<String> keywords = d.listProperties(DCAT.keyword).mapWith(st -> st.getString()).toList();
            if (!keywords.isEmpty()) {
                m.put("keywords", keywords);
            }
            List<String> themes = iris(d, DCAT.theme);
            if (!themes.isEmpty()) {
                m.put("euThemes", themes.stream().filter(t -> t.startsWith(Vocabularies.EU_THEME_SCHEME)).toList());
                m.put("donlThemes", themes.stream().filter(t -> !t.startsWith(Vocabularies.EU_THEME_SCHEME))
                        .toList());
            }
            List<String> languages = iris(d, DCTerms.language);
            if (!languages.isEmpty()) {
                m.put("languages", languages);
            }
            Resource publisher = d.getPropertyResourceValue(DCTerms.publisher);
            if (publisher != null) {
                m.put("publisher", publisher.isURIResource() ? publisher.getURI()
                        : literal(publisher, FOAF_NAME).orElse(null));
            }
            Resource contact = d.getPropertyResourceValue(DCAT.contactPoint);
            if (contact != null) {
                literal(contact, VCARD4.fn).ifPresent(v -> m.put("contactName", v));
                Resource email = contact.getPropertyResourceValue(VCARD4.hasEmail);
                if (email != null && email.isURIResource()) {
                    m.put("contactEmail", email.getURI().replaceFirst("^mailto:", ""));
                }
                Resource phone = contact.getPropertyResourceValue(VCARD4.hasTelephone);
                if (phone != null && phone.isURIResource()) {
                    m.put("contactPhone", phone.getURI().replaceFirst("^tel:", ""));
                }
            }
            Resource frequency = d.getPropertyResourceValue(DCTerms.accrualPeriodicity);
            if (frequency != null && frequency.isURIResource()) {
                m.put("updateFrequency", frequency.getURI());
            }
            List<String> places = new java.util.ArrayList<>();
            for (String iri : iris(d, DCTerms.spatial)) {
                Vocabularies.places().stream().filter(c -> c.iri().equals(iri)).findFirst()
                        .ifPresent(c -> places.add(c.code()));
            }
            if (!places.isEmpty()) {
                m.put("spatial", places);
            }
            Resource period = d.getPropertyResourceValue(DCTerms.temporal);
            if (period != null) {
                periodDate(period, DCAT.startDate, SCHEMA_START, TIME_BEGINNING, "-01-01")
                        .ifPresent(v -> m.put("temporalStart", v));
                periodDate(period, DCAT.endDate, SCHEMA_END, TIME_END, "-12-31")
                        .ifPresent(v -> m.put("temporalEnd", v));
            }
            List<String> standards = iris(d, DCTerms.conformsTo);
            if (!standards.isEmpty()) {
                m.put("conformsTo", standards);
            }
            first(iris(d, DCAT.landingPage)).ifPresent(v -> m.put("landingPage", v));
            first(iris(d, FOAF_PAGE)).ifPresent(v -> m.put("documentation", v));
            Resource provenance = d.getPropertyResourceValue(DCTerms.provenance);
            if (provenance != null) {
                literal(provenance, RDFS.label).ifPresent(v -> m.put("provenance", v));
            }
            Resource authority = d.getPropertyResourceValue(AUTHORITY);
            if (authority != null && authority.isURIResource()) {
                m.put("authority", authority.getURI());
            }
            Optional<String> licence = licence(d);
            for (var x : d.listProperties(DCAT.distribution).mapWith(st -> st.getObject()).toList()) {
                if (licence.isEmpty() && x.isResource()) {
                    licence = licence(x.asResource());
                }
            }
            licence.ifPresent(v -> m.put("licence", v));
            Resource rights = d.getPropertyResourceValue(DCTerms.accessRights);
            datasets.add(new Imported(d.isURIResource() ? d.getURI() : null, m,
                    rights != null && rights.isURIResource() ? rights.getURI() : null, links(d)));
        }
        return datasets;
    }

    /**
     * The licence of a dataset or distribution ({@code dct:license}) as given: an IRI, a {@code dct:LicenseDocument}
     * node with an {@code rdfs:label} or {@code dct:title}, or a plain text label (case c25). Matched to the licence
     * list by IRI, code or name; a value not on the list is returned as written so that validation names it.
     */
    private static Optional<String> licence(Resource subject) {
        for (var st : subject.listProperties(DCTerms.license).toList()) {
            var o = st.getObject();
            String named = o.isLiteral() ? st.getString()
                    : o.isURIResource() ? o.asResource().getURI()
                    : literal(o.asResource(), RDFS.label).or(() -> literal(o.asResource(), DCTerms.title)).orElse("");
            if (!named.isBlank()) {
                return Optional.of(Vocabularies.find(Vocabularies.licences(), named)
                        .or(() -> Vocabularies.licenceByName(named)).map(Concept::iri).orElse(named));
            }
        }
        return Optional.empty();
    }

    /**
     * The start or end of a {@code dct:PeriodOfTime} in any of the forms DCAT allows (case c26): {@code dcat:startDate}
     * / {@code dcat:endDate}, {@code schema:startDate} / {@code schema:endDate}, or {@code time:hasBeginning} /
     * {@code time:hasEnd} to a {@code time:Instant} with {@code time:inXSDDate}, {@code time:inXSDDateTime} or
     * {@code time:inXSDDateTimeStamp}. A date-time gives its date; a year alone ({@code xsd:gYear}) its first or last
     * day ({@code yearEnd}).
     */
    private static Optional<String> periodDate(Resource period, Property dcat, Property schema, Property time,
            String yearEnd) {
        Optional<String> value = literal(period, dcat).or(() -> literal(period, schema));
        Resource instant = period.getPropertyResourceValue(time);
        if (value.isEmpty() && instant != null) {
            value = literal(instant, TIME_DATE).or(() -> literal(instant, TIME_DATE_TIME))
                    .or(() -> literal(instant, TIME_DATE_TIME_STAMP));
        }
        return value.map(String::strip).map(v -> v.matches("\\d{4}") ? v + yearEnd
                : v.substring(0, Math.min(10, v.length())));
    }

    /** The distributions of a dataset by URL: the download URL, else the access URL. */
    private static List<Harvest.Link> links(Resource dataset) {
        List<Harvest.Link> links = new java.util.ArrayList<>();
        for (var x : dataset.listProperties(DCAT.distribution).mapWith(st -> st.getObject()).toList()) {
            if (!x.isResource()) {
                continue;
            }
            Resource distribution = x.asResource();
            Optional<String> url = first(iris(distribution, DCAT.downloadURL))
                    .or(() -> first(iris(distribution, DCAT.accessURL)));
            if (url.isEmpty()) {
                continue;
            }
            Resource format = distribution.getPropertyResourceValue(DCTerms.format);
            String formatName = format == null ? literal(distribution, DCTerms.format).orElse(null)
                    : format.isURIResource() ? format.getURI().substring(format.getURI().lastIndexOf('/') + 1)
                    : literal(format, RDFS.label).orElse(null);
            Resource media = distribution.getPropertyResourceValue(DCAT.mediaType);
            String mediaType = media == null ? literal(distribution, DCAT.mediaType).orElse(null)
                    : media.isURIResource() ? media.getURI().replaceFirst("^https?://www\\.iana\\.org/assignments/"
                            + "media-types/", "") : null;
            links.add(new Harvest.Link(url.get(), formatName, mediaType));
        }
        return links;
    }

    /**
     * One dataset read from a DCAT description.
     *
     * @param iri           the dataset's IRI; null for a blank node
     * @param members       its metadata members, as a metadata patch takes them
     * @param accessRights  the {@code dct:accessRights} IRI; null when not given
     * @param distributions its distributions by URL (a harvest keeps them; an import into a dataset of ours does not)
     */
    public record Imported(@Nullable String iri, java.util.Map<String, @Nullable Object> members,
            @Nullable String accessRights, List<Harvest.Link> distributions) {

        public Imported {
            distributions = List.copyOf(distributions);
        }
    }

    private static Optional<String> literal(Resource subject, Property property) {
        var statements = subject.listProperties(property).toList();
        return statements.stream().filter(st -> st.getObject().isLiteral())
                .sorted(java.util.Comparator.comparing(st -> "nl".equals(st.getLanguage()) ? 0 : 1))
                .map(st -> st.getString()).findFirst();
    }

    private static List<String> iris(Resource subject, Property property) {
        return subject.listProperties(property).mapWith(st -> st.getObject()).filterKeep(o -> o.isURIResource())
                .mapWith(o -> o.asResource().getURI()).toList();
    }

    private static Optional<String> first(List<String> values) {
        return values.stream().findFirst();
    }

    /** The model as Turtle, RDF/XML or JSON-LD text (Turtle for any other {@code lang}). */
    public static String write(Model model, Lang lang) {
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, model, lang == Lang.JSONLD ? RDFFormat.JSONLD_PRETTY
                : lang == Lang.RDFXML ? RDFFormat.RDFXML_PRETTY : RDFFormat.TURTLE_PRETTY);
        return out.toString();
    }

}
