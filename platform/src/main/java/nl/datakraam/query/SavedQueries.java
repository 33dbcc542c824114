// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.datakraam.access.AuditLog;
import nl.datakraam.access.Caller;
import nl.datakraam.query.infra.LineageStore;
import nl.datakraam.query.infra.SavedQueryStore;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.QueryCode;
import nl.datakraam.shared.RequestCode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Saved queries: each belongs to the signed-in account that saved it; only it and the beheerder see or change it
 * (anyone else gets {@link ErrorCode#SAVED_QUERY_NOT_FOUND}, as for a query that does not exist). A query is run
 * through the sandbox ({@link QueryService#run}) whenever it is saved, so a saved query always ran for its owner at
 * save time; one that does not run is not saved. Every change goes to the audit log.
 */
@Service
public class SavedQueries {

    /** Longest title, in characters. */
    public static final int MAX_TITLE = 500;
    /** Longest description, SQL and builder state, in characters each. */
    public static final int MAX_TEXT = 100_000;

    private final SavedQueryStore store;
    private final LineageStore lineage;
    private final QueryService queries;
    private final AuditLog audit;
    private final Clock clock;
    private final JsonMapper json;
    private final TransactionTemplate transactions;

    SavedQueries(SavedQueryStore store, LineageStore lineage, QueryService queries, AuditLog audit, Clock clock,
            JsonMapper json, TransactionTemplate transactions) {
        this.transactions = transactions;
        this.store = store;
        this.lineage = lineage;
        this.queries = queries;
        this.audit = audit;
        this.clock = clock;
        this.json = json;
    }

    /**
     * Runs the query as the caller and, when it runs, saves it.
     *
     * @throws PlatformException {@link ErrorCode#LOGIN_REQUIRED} for the anonymous caller;
     *     {@link ErrorCode#INVALID_PARAMETER} for a missing or too long title, a too long text or a builder state
     *     that is not a JSON object; {@link ErrorCode#QUERY_REJECTED} / {@link ErrorCode#QUERY_FAILED} /
     *     {@link ErrorCode#QUERY_TIMEOUT} when the SQL does not run for the caller (as {@link QueryService#run})
     */
    public SavedQuery create(NewSavedQuery request, Caller caller) {
        requireSignedIn(caller);
        Checked checked = check(request);
        // the query runs before the transaction, so that no connection waits on DuckDB
        QueryResult result = queries.run(checked.sql(), caller);
        Instant now = clock.instant();
        var query = new SavedQuery(UUID.randomUUID(), caller.id(), checked.title(), checked.description(),
                checked.sql(), checked.builder(), now, now, now, (long) result.rows().size(), result.truncated());
        transactions.executeWithoutResult(status -> {
            store.insert(query);
            audit.record(caller, "saved-query.create", null, null, Map.of("savedQueryId", query.id().toString()));
        });
        return query;
    }

    /**
     * The caller's own queries (the beheerder: everyone's), most recently changed first.
     *
     * @throws PlatformException {@link ErrorCode#LOGIN_REQUIRED} for the anonymous caller, who has none
     */
    public List<SavedQuery> list(Caller caller) {
        requireSignedIn(caller);
        return store.list(caller.hasRole(Caller.ROLE_ADMINISTRATOR) ? null : caller.id());
    }

    /**
     * @throws PlatformException {@link ErrorCode#SAVED_QUERY_NOT_FOUND} when absent or not the caller's (unless the
     *     caller is the beheerder)
     */
    public SavedQuery get(UUID id, Caller caller) {
        return store.find(id)
                .filter(query -> !caller.isAnonymous())
                .filter(query -> query.owner().equals(caller.id()) || caller.hasRole(Caller.ROLE_ADMINISTRATOR))
                .orElseThrow(() -> new PlatformException(ErrorCode.SAVED_QUERY_NOT_FOUND,
                        "No saved query " + id + " of yours.", Map.of("savedQueryId", id.toString())));
    }

    /**
     * Replaces title, description, SQL and builder state, after running the new SQL as the caller. Derived datasets
     * already made of the query keep the SQL they were made with.
     *
     * @throws PlatformException as {@link #get} and {@link #create}; nothing is changed then
     */
    public SavedQuery update(UUID id, NewSavedQuery request, Caller caller) {
        SavedQuery current = get(id, caller);
        Checked checked = check(request);
        QueryResult result = queries.run(checked.sql(), caller);
        Instant now = clock.instant();
        var changed = new SavedQuery(current.id(), current.owner(), checked.title(), checked.description(),
                checked.sql(), checked.builder(), current.createdAt(), now, now, (long) result.rows().size(),
                result.truncated());
        transactions.executeWithoutResult(status -> {
            store.update(changed);
            audit.record(caller, "saved-query.update", null, null, Map.of("savedQueryId", id.toString()));
        });
        return changed;
    }

    /**
     * Deletes the query. Derived datasets made of it stay, with their own SQL, and keep being refreshed.
     *
     * @throws PlatformException as {@link #get}
     */
    @Transactional
    public void delete(UUID id, Caller caller) {
        get(id, caller);
        lineage.forgetQuery(id);
        store.delete(id);
        audit.record(caller, "saved-query.delete", null, null, Map.of("savedQueryId", id.toString()));
    }

    /** Notes a run of the query (when a derived dataset was made of it). */
    void ran(SavedQuery query, Instant at) {
        store.update(new SavedQuery(query.id(), query.owner(), query.title(), query.description(), query.sql(),
                query.builder(), query.createdAt(), query.modifiedAt(), at, query.lastRunRows(),
                query.lastRunTruncated()));
    }

    private record Checked(String title, @Nullable String description, String sql, @Nullable String builder) {
    }

    private Checked check(NewSavedQuery request) {
        String title = request.title() == null ? "" : request.title().strip();
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            throw length("title", title, 1, MAX_TITLE);
        }
        String description = request.description() == null || request.description().isBlank() ? null
                : request.description().strip();
        if (description != null && description.length() > MAX_TEXT) {
            throw length("description", description, 0, MAX_TEXT);
        }
        String sql = request.sql() == null ? "" : request.sql().strip();
        if (sql.isEmpty()) {
            throw new PlatformException(ErrorCode.QUERY_REJECTED, QueryCode.SQL_MISSING, Map.of());
        }
        if (sql.length() > MAX_TEXT) {
            throw length("sql", sql, 1, MAX_TEXT);
        }
        String builder = request.builder() == null || request.builder().isBlank() ? null : request.builder();
        if (builder != null) {
            if (builder.length() > MAX_TEXT) {
                throw length("builder", builder, 0, MAX_TEXT);
            }
            if (!isJsonObject(builder)) {
                throw new PlatformException(ErrorCode.INVALID_PARAMETER, QueryCode.BUILDER_NOT_OBJECT,
                        Map.of("parameter", "builder"));
            }
        }
        return new Checked(title, description, sql, builder);
    }

    private boolean isJsonObject(String text) {
        try {
            JsonNode node = json.readTree(text);
            return node != null && node.isObject();
        } catch (JacksonException e) {
            return false;
        }
    }

    private static PlatformException length(String parameter, String value, int min, int max) {
        return new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.LENGTH, Map.of("parameter", parameter,
                "minLength", min, "maxLength", max, "length", value.length()));
    }

    private static void requireSignedIn(Caller caller) {
        if (caller.isAnonymous()) {
            throw new PlatformException(ErrorCode.LOGIN_REQUIRED, "Sign in to save queries.");
        }
    }
}
