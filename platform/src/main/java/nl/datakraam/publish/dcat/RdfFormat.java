// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.publish.dcat;

import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.jspecify.annotations.Nullable;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/** The RDF serialisations of the public feed, by file suffix and media type. */
public enum RdfFormat {
    TURTLE("ttl", "text/turtle", Lang.TURTLE),
    RDF_XML("rdf", "application/rdf+xml", Lang.RDFXML),
    JSON_LD("jsonld", "application/ld+json", Lang.JSONLD);

    private static final List<MediaType> HTML = List.of(MediaType.TEXT_HTML, MediaType.APPLICATION_XHTML_XML);

    private final String suffix;
    private final MediaType mediaType;
    private final Lang lang;

    RdfFormat(String suffix, String mediaType, Lang lang) {
        this.suffix = suffix;
        this.mediaType = MediaType.parseMediaType(mediaType);
        this.lang = lang;
    }

    /** The file suffix without dot: {@code ttl}, {@code rdf}, {@code jsonld}. */
    public String suffix() {
        return suffix;
    }

    /** The media type, with {@code charset=UTF-8}. */
    public MediaType mediaType() {
        return new MediaType(mediaType, java.nio.charset.StandardCharsets.UTF_8);
    }

    Lang lang() {
        return lang;
    }

    /** The format of a file suffix, if it is one of ours. */
    public static Optional<RdfFormat> ofSuffix(String suffix) {
        for (RdfFormat format : values()) {
            if (format.suffix.equals(suffix)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /**
     * What an {@code Accept} header asks for by name, in order of its quality values: an RDF format named before any
     * HTML type, or empty when HTML comes first, when only wildcards are given, or the header is absent or unreadable.
     */
    public static Optional<RdfFormat> named(@Nullable String accept) {
        for (MediaType wanted : accepted(accept)) {
            if (wanted.isWildcardType() || wanted.isWildcardSubtype()) {
                continue;
            }
            if (HTML.stream().anyMatch(html -> html.equalsTypeAndSubtype(wanted))) {
                return Optional.empty();
            }
            for (RdfFormat format : values()) {
                if (format.mediaType.equalsTypeAndSubtype(wanted)) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether an {@code Accept} header names HTML (as browsers send it). */
    public static boolean html(@Nullable String accept) {
        return accepted(accept).stream().anyMatch(wanted -> HTML.stream().anyMatch(wanted::equalsTypeAndSubtype));
    }

    private static List<MediaType> accepted(@Nullable String accept) {
        if (accept == null || accept.isBlank()) {
            return List.of();
        }
        try {
            // highest quality first; equal qualities keep the header's order (a stable sort)
            return MediaType.parseMediaTypes(accept).stream().filter(type -> type.getQualityValue() > 0)
                    .sorted(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed()).toList();
        } catch (InvalidMediaTypeException e) {
            return List.of();
        }
    }
}
