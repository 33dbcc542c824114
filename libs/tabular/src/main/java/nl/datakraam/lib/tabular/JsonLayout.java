// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Where the table is in a JSON document and how its objects become records.
 *
 * @param path    the member names leading from the top-level value to the array of objects, outermost first; empty
 *                when the document itself is that array
 * @param columns the flattened member names of the objects, in the order they first occur: nested objects give
 *                dotted names ({@code adres.postcode}); a record holds one value per column, empty where its object
 *                lacks the member or has {@code null}
 */
public record JsonLayout(List<String> path, List<String> columns) implements SourceLayout {

    public JsonLayout {
        path = List.copyOf(path);
        columns = List.copyOf(columns);
    }

    @Override
    public TabularFormat format() {
        return TabularFormat.JSON;
    }

    /** The path as an RFC 6901 JSON Pointer, e.g. {@code /response/docs}; empty for the top-level array. */
    public String pointer() {
        return path.stream().map(name -> "/" + name.replace("~", "~0").replace("/", "~1"))
                .collect(Collectors.joining());
    }
}
