// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import nl.datakraam.access.infra.AuditStore;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.RequestCode;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tamper-evident audit log (ARCHITECTURE.md, security model; docs/audit-log.md): every change and every read of
 * non-public data is recorded here as a hash-chained {@link AuditEntry}. Thread-safe.
 *
 * <p>A record is written in the caller's database transaction when there is one, so that a change and its entry
 * commit or roll back together, and a failing audit write fails the change: call {@link #record} inside the
 * transaction that makes the change, as its last statement (the chain's head row stays locked until that
 * transaction ends, so recording early would hold up every other writer). Without a transaction, or in a read-only
 * one (a read of non-public data), the entry commits at once in a transaction of its own, and the exception of a
 * failed write reaches the caller, who must not report success (nor show the data read). HTTP changes are
 * recorded by a filter after the response (see {@code access.infra.AuditChangeFilter}); such an entry cannot undo a
 * change that has already committed, which is why modules record what they must not do unrecorded themselves.
 */
@Service
public class AuditLog {

    /** The outcome {@link #record(Caller, String, UUID, UUID, Map)} gives an entry. */
    public static final String OK = "ok";

    /** Origin and channel of entries recorded outside an HTTP request in a command-line run. */
    public static final String CLI = "cli";
    /** Origin and channel of entries recorded outside an HTTP request by the server's own tasks. */
    public static final String SYSTEM = "system";

    private static final String READ_RECORDED = AuditLog.class.getName() + ".read:";
    private static final int MAX_DETAIL_VALUE = 200;
    private static final int MAX_PATH = 500;
    private static final int ATTEMPTS = 5;

    private final AuditStore store;
    private final Clock clock;
    private final JsonMapper json;
    private final boolean commandLine;

    AuditLog(AuditStore store, Clock clock, JsonMapper json, Environment environment) {
        this.store = store;
        this.clock = clock;
        this.json = json;
        this.commandLine = environment.acceptsProfiles(Profiles.of("cli"));
    }

    /**
     * Records what {@code actor} did, with outcome {@link #OK}. Origin (the client's IP address, else {@code cli} or
     * {@code system}) and channel (method and path of the current request, else {@code cli} or {@code system}) come
     * from the current HTTP request, if any.
     *
     * @param action    a code such as {@code dataset.read}, {@code dataset.download}, {@code query.run}
     * @param details   facts such as a format or a row count, never data values, passwords or tokens; values longer
     *                  than 200 characters are cut
     * @throws org.springframework.dao.DataAccessException when the entry cannot be written: the change must fail
     */
    public void record(Caller actor, String action, @Nullable UUID datasetId, @Nullable UUID versionId,
            Map<String, String> details) {
        record(actor, action, datasetId, versionId, details, OK);
    }

    /**
     * As {@link #record(Caller, String, UUID, UUID, Map)}, with an explicit outcome: an HTTP status, a command's
     * exit code, or a word such as {@code denied}.
     */
    public void record(Caller actor, String action, @Nullable UUID datasetId, @Nullable UUID versionId,
            Map<String, String> details, String outcome) {
        String origin;
        String channel;
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            // With server.forward-headers-strategy set, the container has already put the client's address here.
            origin = request.getRemoteAddr();
            channel = channel(request);
        } else {
            origin = commandLine ? CLI : SYSTEM;
            channel = origin;
        }
        var draft = new AuditEntry(0, clock.instant().truncatedTo(ChronoUnit.MILLIS), actor.id(),
                String.join(",", actor.roles().stream().sorted().toList()), origin, action, datasetId, versionId,
                channel, outcome, details(details), "", "");
        boolean ownTransaction = !TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        for (int attempt = 1; ; attempt++) {
            try {
                if (ownTransaction) {
                    store.appendInOwnTransaction(draft);
                } else {
                    store.append(draft);
                }
                return;
            } catch (PessimisticLockingFailureException e) {
                // H2 gives up waiting for the head row after its lock timeout; in our own transaction, try again.
                if (!ownTransaction || attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /**
     * Records that {@code reader} read a non-public dataset ({@code dataset.read} for a page, its metadata, rows or a
     * download; {@code query.run} for SQL that named it), once per request and action, however many times the request
     * reads it. Reads of {@code openbaar} data and the platform's own reads ({@link Caller#isSystem}) are not
     * recorded.
     *
     * @throws org.springframework.dao.DataAccessException when the entry cannot be written: the data must not be shown
     */
    public void recordRead(Caller reader, String action, UUID datasetId, @Nullable UUID versionId, AccessLevel level) {
        if (level == AccessLevel.OPENBAAR || reader.isSystem()) {
            return;
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            String once = READ_RECORDED + action + ":" + datasetId;
            if (attributes.getAttribute(once, ServletRequestAttributes.SCOPE_REQUEST) != null) {
                return;
            }
            attributes.setAttribute(once, Boolean.TRUE, ServletRequestAttributes.SCOPE_REQUEST);
        }
        record(reader, action, datasetId, versionId, Map.of("level", level.code()));
    }

    /** {@code METHOD /path} of a request: the path as sent, without the query string, cut at 500 characters. */
    private static String channel(HttpServletRequest request) {
        String path = request.getRequestURI();
        return request.getMethod() + " " + (path.length() > MAX_PATH ? path.substring(0, MAX_PATH) : path);
    }

    private String details(Map<String, String> details) {
        var sorted = new TreeMap<String, String>();
        details.forEach((key, value) -> sorted.put(key,
                value.length() > MAX_DETAIL_VALUE ? value.substring(0, MAX_DETAIL_VALUE) : value));
        return json.writeValueAsString(sorted);
    }

    /**
     * The newest entries first, optionally only those of one actor and/or one dataset.
     *
     * @param limit  1 to 500 entries
     * @param offset entries skipped, 0 or more
     * @throws PlatformException {@link ErrorCode#LOGIN_REQUIRED} / {@link ErrorCode#NOT_ALLOWED} unless the caller
     *     is an auditor ({@link #requireAuditor}); {@link ErrorCode#INVALID_PARAMETER} for a bad page
     */
    public List<AuditEntry> latest(Caller caller, @Nullable String actor, @Nullable UUID datasetId, int limit,
            long offset) {
        requireAuditor(caller);
        RequestCode.checkPage(limit, offset, 500);
        return store.latest(actor == null || actor.isBlank() ? null : actor.strip(), datasetId, limit, offset);
    }

    /**
     * Streams the entries recorded at or after {@code from} and before {@code to} (either may be null) in
     * {@code seq} order, in constant memory.
     *
     * @throws PlatformException {@link ErrorCode#LOGIN_REQUIRED} / {@link ErrorCode#NOT_ALLOWED} unless the caller
     *     is an auditor
     */
    public void export(Caller caller, @Nullable Instant from, @Nullable Instant to, Consumer<AuditEntry> consumer) {
        requireAuditor(caller);
        store.forEachBetween(from, to, consumer);
    }

    /** Whether the caller may read, verify and export the audit log: beheerder, functionaris-gegevensbescherming. */
    public static boolean isAuditor(Caller caller) {
        return caller.hasRole(Caller.ROLE_ADMINISTRATOR) || caller.hasRole(Caller.ROLE_PRIVACY_OFFICER);
    }

    /**
     * @throws PlatformException {@link ErrorCode#LOGIN_REQUIRED} for anonymous callers, {@link ErrorCode#NOT_ALLOWED}
     *     for signed-in callers who are not {@link #isAuditor auditors}
     */
    public static void requireAuditor(Caller caller) {
        if (isAuditor(caller)) {
            return;
        }
        if (caller.isAnonymous()) {
            throw new PlatformException(ErrorCode.LOGIN_REQUIRED, "Sign in as administrator or data protection"
                    + " officer to read the audit log.");
        }
        throw new PlatformException(ErrorCode.NOT_ALLOWED, "Only administrators and the data protection officer may"
                + " read the audit log.", Map.of("caller", caller.id()));
    }
}
