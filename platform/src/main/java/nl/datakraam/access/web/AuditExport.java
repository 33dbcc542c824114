// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.datakraam.access.AuditEntry;
import nl.datakraam.access.AuditLog;
import nl.datakraam.access.Caller;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.RequestCode;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

/**
 * The export of the audit log, for {@code GET /v1/audit} (bearer token) and {@code /beheer/audit/export} (the
 * page's session): the format is described at {@link AuditApiController}.
 */
@Component
class AuditExport {

    static final List<String> FIELDS = List.of("seq", "at", "actor", "actorRoles", "origin", "action", "datasetId",
            "versionId", "channel", "outcome", "details", "prevHash", "hash");

    private final AuditLog audit;
    private final JsonMapper json;

    AuditExport(AuditLog audit, JsonMapper json) {
        this.audit = audit;
        this.json = json;
    }

    /**
     * @throws PlatformException {@link ErrorCode#LOGIN_REQUIRED} / {@link ErrorCode#NOT_ALLOWED} for non-auditors,
     *     {@link ErrorCode#INVALID_PARAMETER} for a bad {@code from}, {@code to} or {@code format} — all before
     *     anything is written
     */
    ResponseEntity<StreamingResponseBody> response(Caller caller, @Nullable String from, @Nullable String to,
            String format) {
        AuditLog.requireAuditor(caller);
        Instant start = instant("from", from, false);
        Instant end = instant("to", to, true);
        boolean csv = switch (format) {
            case "csv" -> true;
            case "jsonl" -> false;
            default -> throw new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.CHOICE,
                    Map.of("parameter", "format", "allowed", List.of("csv", "jsonl")));
        };
        StreamingResponseBody body = output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            if (csv) {
                writer.write(String.join(",", FIELDS) + "\r\n");
            }
            Consumer<AuditEntry> line = entry -> {
                try {
                    writer.write(csv ? csvLine(entry) : json.writeValueAsString(jsonObject(entry)) + "\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
            audit.export(caller, start, end, line);
            writer.flush();
        };
        return ResponseEntity.ok()
                .contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8)
                        : new MediaType("application", "jsonl", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit." + format + "\"")
                .body(body);
    }

    private static Map<String, @Nullable Object> jsonObject(AuditEntry entry) {
        Map<String, @Nullable Object> object = new LinkedHashMap<>();
        List<@Nullable Object> values = values(entry);
        for (int i = 0; i < FIELDS.size(); i++) {
            object.put(FIELDS.get(i), values.get(i));
        }
        return object;
    }

    /** One RFC 4180 record: a field with a comma, quote or line break is quoted, quotes doubled. */
    private static String csvLine(AuditEntry entry) {
        var line = new StringBuilder();
        for (Object value : values(entry)) {
            if (!line.isEmpty()) {
                line.append(',');
            }
            String text = value == null ? "" : value.toString();
            line.append(text.matches("[^,\"\r\n]*") ? text : '"' + text.replace("\"", "\"\"") + '"');
        }
        return line.append("\r\n").toString();
    }

    /** The values in the order of {@link #FIELDS}; {@code at} exactly as it is hashed. */
    private static List<@Nullable Object> values(AuditEntry entry) {
        return Arrays.asList(entry.seq(), entry.atText(), entry.actor(), entry.actorRoles(), entry.origin(),
                entry.action(), entry.datasetId() == null ? null : entry.datasetId().toString(),
                entry.versionId() == null ? null : entry.versionId().toString(), entry.channel(), entry.outcome(),
                entry.details(), entry.prevHash(), entry.hash());
    }

    /** A date (its start; with {@code endOfDay} the start of the next day) or a UTC time; null when absent. */
    private static @Nullable Instant instant(String parameter, @Nullable String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.strip().length() == 10) {
                LocalDate day = LocalDate.parse(value.strip());
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.FORM,
                    Map.of("parameter", parameter, "expected", "datetime"));
        }
    }
}
