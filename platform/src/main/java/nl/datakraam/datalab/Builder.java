// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.datalab;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.datakraam.access.Caller;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.Dataset;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.catalog.ReadableTable;
import nl.datakraam.catalog.SchemaField;
import nl.datakraam.query.QueryResult;
import nl.datakraam.query.QueryService;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import org.springframework.stereotype.Service;

/**
 * The no-SQL builder: the datasets a caller may ask about, the SQL of a {@link BuilderQuery}, and its answer, always
 * as the caller ({@link QueryService#run}). Thread-safe.
 */
@Service
public class Builder {

    private final Catalog catalog;
    private final QueryService queries;

    Builder(Catalog catalog, QueryService queries) {
        this.catalog = catalog;
        this.queries = queries;
    }

    /** The datasets with data the caller may read, by title. */
    public List<BuilderDataset> datasets(Caller caller) {
        List<ReadableTable> tables = catalog.readableTables(caller);
        Map<DatasetId, ReadableTable> byId = tables.stream()
                .collect(Collectors.toMap(ReadableTable::datasetId, Function.identity()));
        List<BuilderDataset> datasets = new ArrayList<>();
        for (Dataset dataset : catalog.findAll(byId.keySet(), caller)) {
            if (dataset.currentVersion() != null) {
                datasets.add(new BuilderDataset(dataset.tableName(), dataset.title(), dataset.accessLevel(),
                        fields(dataset.currentVersion().schema().fields())));
            }
        }
        datasets.sort(Comparator.comparing(BuilderDataset::title, String.CASE_INSENSITIVE_ORDER));
        return datasets;
    }

    /**
     * One dataset the caller may read, by its SQL name.
     *
     * @throws PlatformException {@link ErrorCode#DATASET_NOT_FOUND} when there is none the caller may read
     */
    public BuilderDataset dataset(String tableName, Caller caller) {
        return catalog.readableTables(caller).stream().filter(table -> table.tableName().equals(tableName))
                .findFirst()
                .map(table -> catalog.get(table.datasetId(), caller))
                .filter(dataset -> dataset.currentVersion() != null)
                .map(dataset -> new BuilderDataset(dataset.tableName(), dataset.title(), dataset.accessLevel(),
                        fields(dataset.currentVersion().schema().fields())))
                .orElseThrow(() -> new PlatformException(ErrorCode.DATASET_NOT_FOUND,
                        "There is no dataset with this table name that you may read.",
                        Map.of("dataset", tableName)));
    }

    /**
     * The SQL of a question over a dataset the caller may read.
     *
     * @throws PlatformException {@link ErrorCode#DATASET_NOT_FOUND}, and as {@link BuilderSql#sql}
     */
    public String sql(BuilderQuery query, Caller caller) {
        if (query.dataset() == null || query.dataset().isBlank()) {
            return BuilderSql.sql(query, Map.of());
        }
        return BuilderSql.sql(query, dataset(query.dataset(), caller).fields());
    }

    /**
     * The answer to a question, run as the caller.
     *
     * @throws PlatformException as {@link #sql} and {@link QueryService#run}
     */
    public QueryResult run(BuilderQuery query, Caller caller) {
        return queries.run(sql(query, caller), caller);
    }

    /**
     * Runs SQL as the caller ({@link QueryService#run}); for charts, key figures and the pages showing them.
     *
     * @throws PlatformException as {@link QueryService#run}
     */
    public QueryResult runSql(String sql, Caller caller) {
        return queries.run(sql, caller);
    }

    /**
     * The datasets among those the caller may read that the SQL names (as whole words, quoted or not, case-insensitive;
     * a name inside a string literal counts too, so this may say one too many, never one too few).
     */
    public List<ReadableTable> reads(String sql, Caller caller) {
        return catalog.readableTables(caller).stream().filter(table -> names(sql, table.tableName())).toList();
    }

    /** The SQL names of the datasets the caller may read. */
    public java.util.Set<String> readableNames(Caller caller) {
        return catalog.readableTables(caller).stream().map(ReadableTable::tableName)
                .collect(Collectors.toUnmodifiableSet());
    }

    static boolean names(String sql, String tableName) {
        return Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(tableName) + "(?![A-Za-z0-9_])",
                Pattern.CASE_INSENSITIVE).matcher(sql).find();
    }

    private static Map<String, String> fields(List<SchemaField> fields) {
        Map<String, String> types = new LinkedHashMap<>();
        for (SchemaField field : fields) {
            if (!"object".equals(field.type())) {
                types.put(field.name(), field.type());
            }
        }
        return types;
    }
}
