// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest.fetch;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;

/**
 * The file name a fetched file is ingested under; its ending chooses the reader. In order: the name in
 * {@code Content-Disposition}; the URL path's last segment when it ends in a known file type; that segment (or
 * {@code download}) with the ending the {@code Content-Type} implies; else the segment as it is, so that the
 * ingest's "unsupported format" answer names it.
 */
final class RemoteFileName {

    /** File endings the readers know (IngestService's list). */
    private static final Set<String> KNOWN = Set.of("csv", "tsv", "txt", "xlsx", "ods", "json", "geojson", "gpkg",
            "parquet");

    private static final Map<String, String> BY_MEDIA_TYPE = Map.ofEntries(
            Map.entry("text/csv", "csv"),
            Map.entry("application/csv", "csv"),
            Map.entry("text/tab-separated-values", "tsv"),
            Map.entry("text/plain", "txt"),
            Map.entry("application/json", "json"),
            Map.entry("application/geo+json", "geojson"),
            Map.entry("application/vnd.geo+json", "geojson"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", "ods"),
            Map.entry("application/geopackage+sqlite3", "gpkg"),
            Map.entry("application/vnd.apache.parquet", "parquet"));

    private RemoteFileName() {
    }

    static String of(@Nullable String contentDisposition, URI url, @Nullable String contentType) {
        String disposed = dispositionName(contentDisposition);
        if (disposed != null) {
            return disposed;
        }
        String segment = lastSegment(url);
        if (KNOWN.contains(extension(segment))) {
            return segment;
        }
        String implied = contentType == null ? null
                : BY_MEDIA_TYPE.get(contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT));
        if (implied != null) {
            return (segment.isEmpty() ? "download" : stripExtension(segment)) + "." + implied;
        }
        return segment.isEmpty() ? "download" : segment;
    }

    private static @Nullable String dispositionName(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            String name = ContentDisposition.parse(header).getFilename();
            if (name == null) {
                return null;
            }
            name = name.replace('\\', '/');
            name = name.substring(name.lastIndexOf('/') + 1).strip();
            return name.isEmpty() ? null : name;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String lastSegment(URI url) {
        String path = url.getPath();
        if (path == null) {
            return "";
        }
        return path.substring(path.lastIndexOf('/') + 1).strip();
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }
}
