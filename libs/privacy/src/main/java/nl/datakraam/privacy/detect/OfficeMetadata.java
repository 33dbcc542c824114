// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy.detect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Finds the document properties of an office file that may name people or reveal internal paths: for Office Open
 * XML (XLSX, DOCX, PPTX; ECMA-376 Part 2 core properties and Part 1 extended properties) {@code dc:creator},
 * {@code cp:lastModifiedBy}, title, subject, description, keywords, category in {@code docProps/core.xml};
 * {@code Company}, {@code Manager}, {@code HyperlinkBase} in {@code docProps/app.xml}; custom properties
 * ({@code docProps/custom.xml}); the workbook's saved folder ({@code x15ac:absPath} in {@code xl/workbook.xml});
 * external data connections with a source file or connection string ({@code xl/connections.xml}); comment authors.
 * For OpenDocument (ODS, ODT; {@code meta.xml}) {@code meta:initial-creator}, {@code dc:creator},
 * {@code meta:user-defined}, title, subject, description, keywords. Only property names are returned, never a value.
 * A file that is not a ZIP archive has none.
 */
public final class OfficeMetadata {

    /** Largest part read; document-property parts are a few kilobytes. */
    private static final int MAX_PART = 4 * 1024 * 1024;

    private OfficeMetadata() {
    }

    private record Property(String name, String part, Pattern present) {
    }

    private static Pattern element(String localName) {
        return Pattern.compile("<(?:[\\w.-]+:)?" + localName + "(?:\\s[^>]*)?>\\s*[^<\\s]");
    }

    private static final List<Property> PROPERTIES = List.of(
            new Property("creator", "docProps/core.xml", element("creator")),
            new Property("lastModifiedBy", "docProps/core.xml", element("lastModifiedBy")),
            new Property("title", "docProps/core.xml", element("title")),
            new Property("subject", "docProps/core.xml", element("subject")),
            new Property("description", "docProps/core.xml", element("description")),
            new Property("keywords", "docProps/core.xml", element("keywords")),
            new Property("category", "docProps/core.xml", element("category")),
            new Property("company", "docProps/app.xml", element("Company")),
            new Property("manager", "docProps/app.xml", element("Manager")),
            new Property("hyperlinkBase", "docProps/app.xml", element("HyperlinkBase")),
            new Property("customProperties", "docProps/custom.xml", Pattern.compile("<(?:[\\w.-]+:)?property\\s")),
            new Property("absPath", "xl/workbook.xml", Pattern.compile("absPath\\s[^>]*url=\"[^\"]+\"")),
            new Property("externalConnection", "xl/connections.xml",
                    Pattern.compile("(?:sourceFile|connection|odcFile)=\"[^\"]+\"")),
            new Property("creator", "meta.xml", element("initial-creator")),
            new Property("lastModifiedBy", "meta.xml", element("creator")),
            new Property("title", "meta.xml", element("title")),
            new Property("subject", "meta.xml", element("subject")),
            new Property("description", "meta.xml", element("description")),
            new Property("keywords", "meta.xml", element("keyword")),
            new Property("customProperties", "meta.xml", Pattern.compile("<meta:user-defined\\s")));

    private static final Pattern COMMENTS = Pattern.compile("xl/comments\\d*\\.xml|xl/persons/person\\.xml");
    private static final Pattern AUTHOR = Pattern.compile("<(?:[\\w.-]+:)?author>\\s*[^<\\s]|displayName=\"[^\"]+\"");

    /**
     * The names of the identifying properties the file carries ({@code creator}, {@code lastModifiedBy},
     * {@code company}, {@code absPath} …), each once, in the order above; empty for a file without any, or one that
     * is not a ZIP archive.
     *
     * @throws IOException when the file cannot be read
     */
    public static List<String> propertiesIn(Path file) throws IOException {
        Set<String> found = new LinkedHashSet<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Property property : PROPERTIES) {
                Optional<String> text = part(zip, property.part());
                if (text.isPresent() && property.present().matcher(text.get()).find()) {
                    found.add(property.name());
                }
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (COMMENTS.matcher(entry.getName()).matches()) {
                    Optional<String> text = part(zip, entry.getName());
                    if (text.isPresent() && AUTHOR.matcher(text.get()).find()) {
                        found.add("commentAuthors");
                    }
                }
            }
        } catch (ZipException e) {
            return List.of();
        }
        return new ArrayList<>(found);
    }

    /**
     * The file-level finding of an office file's identifying properties, or empty when it has none.
     *
     * @throws IOException when the file cannot be read
     */
    public static Optional<Finding> scan(Path file, long rowsScanned) throws IOException {
        List<String> properties = propertiesIn(file);
        return properties.isEmpty() ? Optional.empty()
                : Optional.of(new Finding(null, Detector.OFFICE_METADATA, 1.0, properties.size(), rowsScanned,
                        properties));
    }

    private static Optional<String> part(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            return Optional.empty();
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return Optional.of(new String(in.readNBytes(MAX_PART), StandardCharsets.UTF_8));
        }
    }
}
