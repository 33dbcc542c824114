// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the audit log (docs/audit-log.md), as stored and exported.
 *
 * <p><b>Hash</b> ({@link #computeHash()}): SHA-256, lower-case hex, over the canonical serialisation of the twelve
 * fields in this order: {@code seq, at, actor, actorRoles, origin, action, datasetId, versionId, channel, outcome,
 * details, prevHash}. Each field is written as text — {@code seq} in decimal, {@code at} as
 * {@code yyyy-MM-ddTHH:mm:ss.SSSZ} in UTC (milliseconds, always three digits), an absent dataset or version id as the
 * empty string, UUIDs in lower case — and encoded as the number of its UTF-8 bytes in decimal, a colon, and those
 * bytes; the twelve encodings are concatenated without separator. The length prefixes make the serialisation
 * unambiguous. {@code prevHash} is the previous entry's hash; the first entry's is 64 zeros ({@link #GENESIS}).
 *
 * @param seq        position in the chain: 1, 2, 3, ... without gaps
 * @param at         when, truncated to milliseconds
 * @param actor      the account id, {@code anonymous}, {@code cli} or {@code system}
 * @param actorRoles the actor's role codes, sorted, comma-separated; empty for the public
 * @param origin     the client's IP address ({@code request.getRemoteAddr()}), or {@code cli} / {@code system}
 * @param action     what happened, e.g. {@code http.change}, {@code dataset.read}, {@code login.failed}
 * @param datasetId  the dataset it concerns, if any
 * @param versionId  the dataset version it concerns, if any
 * @param channel    HTTP method and path without query string ({@code POST /v1/datasets}), {@code cli} or
 *                   {@code system}
 * @param outcome    the HTTP status, {@code ok}, or a command's exit code
 * @param details    a JSON object of strings with sorted keys, e.g. {@code {"reason":"bad-credentials"}}; never data
 *                   values, passwords or tokens
 * @param prevHash   the hash of entry {@code seq - 1}
 * @param hash       this entry's hash
 */
public record AuditEntry(long seq, Instant at, String actor, String actorRoles, String origin, String action,
        @Nullable UUID datasetId, @Nullable UUID versionId, String channel, String outcome, String details,
        String prevHash, String hash) {

    /** The {@code prevHash} of the first entry: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** {@code at} as the canonical serialisation writes it, e.g. {@code 2026-11-29T19:44:46.120Z}. */
    public String atText() {
        return TIME.format(at);
    }

    /** The SHA-256 of the canonical serialisation (see the class description), lower-case hex. */
    public String computeHash() {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        for (String field : new String[] {Long.toString(seq), atText(), actor, actorRoles, origin, action,
                datasetId == null ? "" : datasetId.toString(), versionId == null ? "" : versionId.toString(),
                channel, outcome, details, prevHash}) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** This entry with {@code hash} set to {@link #computeHash()}. */
    public AuditEntry sealed() {
        return new AuditEntry(seq, at, actor, actorRoles, origin, action, datasetId, versionId, channel, outcome,
                details, prevHash, computeHash());
    }
}
