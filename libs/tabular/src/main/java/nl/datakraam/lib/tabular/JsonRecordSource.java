// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * The {@link RecordSource} for JSON (RFC 8259): each object of one array of objects is a record. Streamed with
 * Jackson's parser; the document is never held as a tree.
 *
 * <ul>
 *   <li><b>The table:</b> the document itself when it is an array of objects; otherwise the largest array holding
 *       only objects among the members of the top-level object and of its member objects (two levels deep), such as
 *       {@code docs} in a Solr response {@code {"response": {"docs": [...]}}}; an INFO issue names it. A GeoJSON
 *       object (RFC 7946 §1.4: a top-level {@code "type"} such as {@code FeatureCollection}) is not read here: it is
 *       geodata, for a geodata reader.</li>
 *   <li><b>Fields:</b> every member of every object, in the order first seen; nested objects are flattened into
 *       dotted names ({@code adres.postcode}); arrays are kept whole as compact JSON text ({@code [6,12,4]}), with an
 *       INFO issue per such field; at most 2,048 fields.</li>
 *   <li><b>Values:</b> strings as they are; numbers as written in the file (JSON numbers are already decimal-point
 *       text); {@code true}/{@code false}; {@code null} and absent members empty, so that inference reads them as
 *       missing.</li>
 * </ul>
 * A record's position is the line on which its object starts. Finding the table and the fields costs two extra
 * passes over the file when no {@link JsonLayout} is known yet.
 */
final class JsonRecordSource implements RecordSource {

    /** More fields than this means the objects are maps keyed by data (ids, dates), not rows. */
    static final int MAX_FIELDS = 2_048;

    private static final int MAX_RECORD_CHARS = 1 << 24;
    private static final int MAX_PATH_LENGTH = 2;
    private static final Set<String> GEOJSON_TYPES = Set.of("FeatureCollection", "Feature", "Point", "MultiPoint",
            "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection");
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_RECORD_CHARS).build())
            .build();

    /** Receives the leaves of a flattened object, by dotted name. */
    private interface Leaves {

        void value(String name, String text);

        /** The parser is on the array's start; must leave it on the array's end. */
        void array(String name, JsonParser parser);

        /** Told before the leaves of a nested object. */
        default void nested(String name) {
        }
    }

    /** An array of objects found in the document. */
    private record Candidate(List<String> path, long objects) {
    }

    private final JsonLayout layout;
    private final CountingInputStream bytes;
    private final JsonParser parser;
    private final CsvRecord header;
    private final Map<String, Integer> positions = new HashMap<>();
    private final List<Issue> issues;
    private boolean finished;

    private JsonRecordSource(JsonLayout layout, CountingInputStream bytes, JsonParser parser, List<Issue> issues)
            throws IOException {
        this.layout = layout;
        this.bytes = bytes;
        this.parser = parser;
        this.issues = issues;
        for (String column : layout.columns()) {
            positions.put(column, positions.size());
        }
        long line = guarded(() -> {
            seek(parser, layout.path());
            return parser.currentTokenLocation().getLineNr();
        });
        this.header = new CsvRecord(line, layout.columns());
    }

    /**
     * Finds the table and its fields, and opens the file on it, for a first reading.
     *
     * @throws TabularException {@code file.empty}, {@code json.invalid}, {@code json.value-too-long},
     *                          {@code json.geojson}, {@code json.no-table}, {@code json.no-fields},
     *                          {@code json.too-many-fields}
     */
    static JsonRecordSource locate(Path file) throws IOException {
        Candidate table = locateTable(file);
        Map<String, Long> arrays = new LinkedHashMap<>();
        Set<String> nested = new LinkedHashSet<>();
        List<String> columns = discoverColumns(file, table.path(), arrays, nested);
        List<Issue> issues = new ArrayList<>();
        if (!table.path().isEmpty()) {
            issues.add(Issue.of(Severity.INFO, TabularCode.JSON_TABLE_PATH, 0, 0, null,
                    Map.of("objects", table.objects(), "path", dotted(table.path()))));
        }
        if (!nested.isEmpty()) {
            String object = nested.iterator().next();
            String example = columns.stream().filter(column -> column.startsWith(object + ".")).findFirst()
                    .orElse(object);
            issues.add(Issue.of(Severity.INFO, TabularCode.JSON_FLATTENED, 0, 0, null,
                    Map.of("objects", nested.stream().limit(5).toList(), "more", Math.max(0, nested.size() - 5),
                            "example", example)));
        }
        arrays.forEach((column, objects) -> issues.add(Issue.of(Severity.INFO, TabularCode.JSON_ARRAY_AS_TEXT, 0,
                columns.indexOf(column) + 1, null, Map.of("member", column, "objects", objects))));
        return open(file, new JsonLayout(table.path(), columns), issues);
    }

    /**
     * Opens the file on the table of an earlier reading.
     *
     * @throws TabularException {@code json.invalid}, {@code json.value-too-long}, {@code json.record-too-long}, or
     *                          {@code json.changed} when the table is no longer where the layout says
     */
    static JsonRecordSource open(Path file, JsonLayout layout) throws IOException {
        return open(file, layout, List.of());
    }

    private static JsonRecordSource open(Path file, JsonLayout layout, List<Issue> issues) throws IOException {
        var bytes = new CountingInputStream(Files.newInputStream(file));
        try {
            return new JsonRecordSource(layout, bytes, createParser(bytes), issues);
        } catch (IOException | RuntimeException e) {
            bytes.close();
            throw e;
        }
    }

    @Override
    public JsonLayout layout() {
        return layout;
    }

    @Override
    public CsvRecord header() {
        return header;
    }

    @Override
    public @Nullable CsvRecord next() throws IOException {
        if (finished) {
            return null;
        }
        return guarded(() -> {
            JsonToken token = parser.nextToken();
            if (token != JsonToken.START_OBJECT) {
                finished = true;
                if (token != JsonToken.END_ARRAY) {
                    throw changed();
                }
                return null;
            }
            long line = parser.currentTokenLocation().getLineNr();
            String[] values = new String[positions.size()];
            Arrays.fill(values, "");
            long[] chars = {0};
            flatten(parser, "", new Leaves() {
                @Override
                public void value(String name, String text) {
                    Integer position = positions.get(name);
                    if (position == null) {
                        throw changed();
                    }
                    chars[0] += text.length();
                    if (chars[0] > MAX_RECORD_CHARS) {
                        throw new TabularException(TabularCode.JSON_RECORD_TOO_LONG, line,
                                Map.of("kind", "object", "maxChars", MAX_RECORD_CHARS));
                    }
                    values[position] = text;
                }

                @Override
                public void array(String name, JsonParser arrayParser) {
                    value(name, compactJson(arrayParser, line));
                }
            });
            return new CsvRecord(line, List.of(values));
        });
    }

    @Override
    public long bytesRead() {
        return bytes.count();
    }

    @Override
    public List<Issue> issues() {
        return issues;
    }

    @Override
    public void close() throws IOException {
        try {
            parser.close();
        } finally {
            bytes.close();
        }
    }

    /** The largest array of objects, at the top or within {@value MAX_PATH_LENGTH} levels of member objects. */
    private static Candidate locateTable(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return guarded(() -> {
                JsonParser parser = createParser(in);
                JsonToken root = parser.nextToken();
                if (root == null) {
                    throw new TabularException(TabularCode.FILE_EMPTY, 0, Map.of("kind", "empty", "format", "json"));
                }
                if (root == JsonToken.START_ARRAY) {
                    long objects = objectsIn(parser);
                    if (objects == 0) {
                        throw new TabularException(TabularCode.FILE_EMPTY, 0,
                                Map.of("kind", "empty-array", "format", "json"));
                    }
                    if (objects < 0) {
                        throw noTable();
                    }
                    return new Candidate(List.of(), objects);
                }
                if (root != JsonToken.START_OBJECT) {
                    throw noTable();
                }
                List<Candidate> found = new ArrayList<>();
                members(parser, List.of(), found);
                Candidate best = null;
                for (Candidate candidate : found) {
                    if (best == null || candidate.objects() > best.objects()) {
                        best = candidate;
                    }
                }
                if (best == null) {
                    throw noTable();
                }
                return best;
            });
        }
    }

    /** Collects the arrays of objects among the members of the object just started, descending into objects. */
    private static void members(JsonParser parser, List<String> path, List<Candidate> found) {
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            List<String> here = new ArrayList<>(path);
            here.add(parser.currentName());
            JsonToken value = parser.nextToken();
            if (path.isEmpty() && here.getLast().equals("type") && value == JsonToken.VALUE_STRING
                    && GEOJSON_TYPES.contains(parser.getString())) {
                throw new TabularException(TabularCode.JSON_GEOJSON, 0, Map.of("type", parser.getString()));
            }
            if (value == JsonToken.START_ARRAY) {
                long objects = objectsIn(parser);
                if (objects > 0) {
                    found.add(new Candidate(List.copyOf(here), objects));
                }
            } else if (value == JsonToken.START_OBJECT && here.size() < MAX_PATH_LENGTH) {
                members(parser, here, found);
            } else {
                parser.skipChildren();
            }
        }
    }

    /** The number of elements of the array just started, or -1 if any is not an object; consumes the array. */
    private static long objectsIn(JsonParser parser) {
        long objects = 0;
        boolean onlyObjects = true;
        for (JsonToken token; (token = parser.nextToken()) != JsonToken.END_ARRAY; ) {
            onlyObjects &= token == JsonToken.START_OBJECT;
            objects++;
            parser.skipChildren();
        }
        return onlyObjects ? objects : -1;
    }

    /**
     * The flattened member names of the table's objects in order of first appearance; arrays counted per name, and
     * the names of nested objects.
     */
    private static List<String> discoverColumns(Path file, List<String> path, Map<String, Long> arrays,
            Set<String> nested) throws IOException {
        Map<String, Boolean> columns = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file)) {
            guarded(() -> {
                JsonParser parser = createParser(in);
                seek(parser, path);
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    flatten(parser, "", new Leaves() {
                        @Override
                        public void value(String name, String text) {
                            if (columns.putIfAbsent(name, Boolean.TRUE) == null && columns.size() > MAX_FIELDS) {
                                throw new TabularException(TabularCode.JSON_TOO_MANY_FIELDS, 0,
                                        Map.of("limit", MAX_FIELDS));
                            }
                        }

                        @Override
                        public void array(String name, JsonParser arrayParser) {
                            value(name, "");
                            arrays.merge(name, 1L, Long::sum);
                            arrayParser.skipChildren();
                        }

                        @Override
                        public void nested(String name) {
                            nested.add(name);
                        }
                    });
                }
                return null;
            });
        }
        if (columns.isEmpty()) {
            throw new TabularException(TabularCode.JSON_NO_FIELDS, 0,
                    Map.of("top", path.isEmpty(), "path", dotted(path)));
        }
        return List.copyOf(columns.keySet());
    }

    /** Walks the members of the object just started, to its end, giving each leaf with its dotted name. */
    private static void flatten(JsonParser parser, String prefix, Leaves leaves) {
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = prefix + parser.currentName();
            switch (parser.nextToken()) {
                case START_OBJECT -> {
                    leaves.nested(name);
                    flatten(parser, name + ".", leaves);
                }
                case START_ARRAY -> leaves.array(name, parser);
                case VALUE_NULL -> leaves.value(name, "");
                case VALUE_TRUE -> leaves.value(name, "true");
                case VALUE_FALSE -> leaves.value(name, "false");
                default -> leaves.value(name, parser.getString());
            }
        }
    }

    /** Moves the parser onto the start of the array at the path. */
    private static void seek(JsonParser parser, List<String> path) {
        JsonToken token = parser.nextToken();
        for (String name : path) {
            if (token != JsonToken.START_OBJECT) {
                throw changed();
            }
            while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME && !parser.currentName().equals(name)) {
                parser.nextToken();
                parser.skipChildren();
            }
            if (token != JsonToken.PROPERTY_NAME) {
                throw changed();
            }
            token = parser.nextToken();
        }
        if (token != JsonToken.START_ARRAY) {
            throw changed();
        }
    }

    /** The array just started as compact JSON text, leaving the parser on its end. */
    private static String compactJson(JsonParser parser, long line) {
        var text = new Writer() {
            private final StringBuilder written = new StringBuilder();

            @Override
            public void write(char[] chars, int offset, int length) {
                if (written.length() + length > MAX_RECORD_CHARS) {
                    throw new TabularException(TabularCode.JSON_RECORD_TOO_LONG, line,
                            Map.of("kind", "array", "maxChars", MAX_RECORD_CHARS));
                }
                written.append(chars, offset, length);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        try (JsonGenerator generator = JSON.createGenerator(ObjectWriteContext.empty(), text)) {
            generator.copyCurrentStructureExact(parser);
        }
        return text.written.toString();
    }

    private static JsonParser createParser(InputStream in) {
        return JSON.createParser(ObjectReadContext.empty(), in);
    }

    private static String dotted(List<String> path) {
        return String.join(".", path);
    }

    private static TabularException noTable() {
        return new TabularException(TabularCode.JSON_NO_TABLE, 0, Map.of());
    }

    private static TabularException changed() {
        return new TabularException(TabularCode.JSON_CHANGED, 0, Map.of());
    }

    /**
     * Work on the parser, with its faults turned into {@link TabularException}s that name the place, and failures to
     * read the file into {@link IOException}s.
     */
    private static <T> T guarded(ParserWork<T> work) throws IOException {
        try {
            return work.run();
        } catch (JacksonIOException e) {
            throw e.getCause();
        } catch (StreamConstraintsException e) {
            long line = lineOf(e.getLocation());
            throw new TabularException(TabularCode.JSON_VALUE_TOO_LONG, line, Map.of("maxChars", MAX_RECORD_CHARS));
        } catch (JacksonException e) {
            long line = lineOf(e.getLocation());
            int column = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNr());
            throw new TabularException(TabularCode.JSON_INVALID, line, column, null, Map.of());
        }
    }

    private static long lineOf(@Nullable TokenStreamLocation location) {
        return location == null ? 0 : Math.max(0, location.getLineNr());
    }

    @FunctionalInterface
    private interface ParserWork<T> {
        T run();
    }
}
