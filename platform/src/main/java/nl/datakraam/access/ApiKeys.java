// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API keys (issue 6, accounts): {@code dk_<id>_<secret>}, the id 16 hex digits, the secret 256 random bits in
 * base64url; only the SHA-256 of the secret is stored. A key acts as its owner account with the account's current
 * roles, groups and organisation, and stops working when it expires, is revoked or its account is disabled. Every
 * signed-in account manages its own keys; an administrator also those of others. Thread-safe.
 */
@Service
public class ApiKeys {

    /** The prefix every key starts with, so that it can be told from the bootstrap token and found by scanners. */
    public static final String PREFIX = "dk_";
    /** Expiry of a key made without one. */
    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(90);
    /** Longest validity. */
    public static final int MAX_VALIDITY_DAYS = 365;

    private static final int ID_LENGTH = 16;
    /** How long a key's last-used time may lag, so that a busy key does not write on every request. */
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ApiKeys(JdbcClient jdbc, Accounts accounts, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Makes a key for {@code owner}, or for the caller's own account when {@code owner} is null.
     *
     * @param scope     {@code read} (default) or {@code write}; write only for an owner with role beheerder,
     *                  data-eigenaar or functionaris-gegevensbescherming (who decides on privacy assessments)
     * @param expiresAt ISO date-time or date (then midnight UTC); default 90 days from now, at most 365
     * @throws PlatformException {@link ErrorCode#ACCOUNT_INVALID} naming {@code name}, {@code scope} or
     *     {@code expiresAt}; {@link ErrorCode#ACCOUNT_NOT_FOUND} when the owner (or the caller) has no account;
     *     {@link ErrorCode#LOGIN_REQUIRED} for anonymous callers, {@link ErrorCode#NOT_ALLOWED} for a key for
     *     someone else by a non-administrator
     */
    @Transactional
    public IssuedApiKey create(@Nullable String owner, @Nullable String name, @Nullable String scope,
            @Nullable String expiresAt, Caller caller) {
        Account account = owner(owner, caller);
        String label = AccountValidation.text("name", name, 100);
        ApiKeyScope chosen = scope(scope);
        if (chosen == ApiKeyScope.WRITE && !account.roles().contains(Caller.ROLE_ADMINISTRATOR)
                && !account.roles().contains(Caller.ROLE_STEWARD)
                && !account.roles().contains(Caller.ROLE_PRIVACY_OFFICER)) {
            throw AccountValidation.invalid("scope", "write-not-allowed");
        }
        Instant now = clock.instant();
        Instant expiry = expiry(expiresAt, now);
        byte[] idBytes = new byte[ID_LENGTH / 2];
        random.nextBytes(idBytes);
        String id = HexFormat.of().formatHex(idBytes);
        byte[] secretBytes = new byte[32];
        random.nextBytes(secretBytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
        jdbc.sql("""
                insert into api_key (id, account_id, name, scope, secret_sha256, created_at, expires_at)
                values (:id, :owner, :name, :scope, :hash, :created, :expires)""")
                .param("id", id).param("owner", account.id()).param("name", label).param("scope", chosen.code())
                .param("hash", sha256(secret)).param("created", now.atOffset(ZoneOffset.UTC))
                .param("expires", expiry.atOffset(ZoneOffset.UTC)).update();
        var key = new ApiKey(id, account.id(), label, chosen, now, expiry, null, null);
        return new IssuedApiKey(key, PREFIX + id + "_" + secret);
    }

    /**
     * The keys of {@code owner} (null: the caller's own), newest first, revoked and expired ones included.
     *
     * @throws PlatformException as {@link #create} for the owner
     */
    public List<ApiKey> list(@Nullable String owner, Caller caller) {
        if (caller.isAnonymous()) {
            throw loginRequired();
        }
        String account = owner == null || owner.isBlank() ? caller.id() : owner.strip();
        if (!account.equals(caller.id())) {
            Accounts.requireAdministrator(caller);
        }
        return jdbc.sql("select * from api_key where account_id = :owner order by created_at desc, id")
                .param("owner", account).query((rs, n) -> key(rs)).list();
    }

    /**
     * Revokes a key at once. Revoking a revoked key changes nothing.
     *
     * @throws PlatformException {@link ErrorCode#API_KEY_NOT_FOUND} when there is no such key, or it is someone
     *     else's and the caller is no administrator; {@link ErrorCode#LOGIN_REQUIRED} for anonymous callers
     */
    @Transactional
    public ApiKey revoke(String id, Caller caller) {
        if (caller.isAnonymous()) {
            throw loginRequired();
        }
        ApiKey key = find(id).filter(k -> k.owner().equals(caller.id())
                        || caller.hasRole(Caller.ROLE_ADMINISTRATOR))
                .orElseThrow(() -> new PlatformException(ErrorCode.API_KEY_NOT_FOUND, "You have no API key " + id
                        + ".", Map.of("id", id)));
        jdbc.sql("update api_key set revoked_at = :now where id = :id and revoked_at is null")
                .param("now", clock.instant().atOffset(ZoneOffset.UTC)).param("id", id).update();
        return find(id).orElseThrow();
    }

    /**
     * The sign-in a presented key stands for: empty when it is malformed, unknown, revoked, expired or its account
     * is disabled. Records the time of use (at most once a minute per key).
     */
    @Transactional
    public Optional<ApiKeySignIn> authenticate(String presented) {
        if (!presented.startsWith(PREFIX) || presented.length() < PREFIX.length() + ID_LENGTH + 2
                || presented.charAt(PREFIX.length() + ID_LENGTH) != '_') {
            return Optional.empty();
        }
        String id = presented.substring(PREFIX.length(), PREFIX.length() + ID_LENGTH);
        String secret = presented.substring(PREFIX.length() + ID_LENGTH + 1);
        Instant now = clock.instant();
        var stored = jdbc.sql("select secret_sha256 from api_key where id = :id and revoked_at is null"
                        + " and expires_at > :now")
                .param("id", id).param("now", now.atOffset(ZoneOffset.UTC)).query(String.class).optional();
        if (stored.isEmpty() || !MessageDigest.isEqual(stored.get().getBytes(StandardCharsets.US_ASCII),
                sha256(secret).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        ApiKey key = find(id).orElseThrow();
        Optional<Account> owner = accounts.find(key.owner()).filter(Account::enabled);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        jdbc.sql("update api_key set last_used_at = :now where id = :id"
                        + " and (last_used_at is null or last_used_at < :since)")
                .param("now", now.atOffset(ZoneOffset.UTC)).param("id", id)
                .param("since", now.minus(LAST_USED_PRECISION).atOffset(ZoneOffset.UTC)).update();
        return Optional.of(new ApiKeySignIn(owner.get().caller(), key.scope()));
    }

    private Optional<ApiKey> find(String id) {
        return jdbc.sql("select * from api_key where id = :id").param("id", id).query((rs, n) -> key(rs)).optional();
    }

    private Account owner(@Nullable String owner, Caller caller) {
        if (caller.isAnonymous()) {
            throw loginRequired();
        }
        String id = owner == null ? caller.id() : owner;
        if (!id.equals(caller.id())) {
            Accounts.requireAdministrator(caller);
        }
        return accounts.find(id).orElseThrow(() -> new PlatformException(ErrorCode.ACCOUNT_NOT_FOUND,
                "There is no account " + id + " to make an API key for"
                        + (owner == null ? "; the bootstrap administrator has none: create an account first." : "."),
                Map.of("id", id)));
    }

    private static ApiKeyScope scope(@Nullable String scope) {
        if (scope == null || scope.isBlank()) {
            return ApiKeyScope.READ;
        }
        for (ApiKeyScope candidate : ApiKeyScope.values()) {
            if (candidate.code().equals(scope.strip().toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
        throw AccountValidation.invalid("scope", "not-in-list", "value", scope.strip(), "allowed",
                List.of("read", "write"));
    }

    private static Instant expiry(@Nullable String expiresAt, Instant now) {
        if (expiresAt == null || expiresAt.isBlank()) {
            return now.plus(DEFAULT_VALIDITY);
        }
        Instant expiry;
        try {
            String value = expiresAt.strip();
            expiry = value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw AccountValidation.invalid("expiresAt", "form", "expected", "2026-12-31 or 2026-12-31T12:00:00Z");
        }
        if (!expiry.isAfter(now)) {
            throw AccountValidation.invalid("expiresAt", "not-in-future");
        }
        if (expiry.isAfter(now.plus(Duration.ofDays(MAX_VALIDITY_DAYS)))) {
            throw AccountValidation.invalid("expiresAt", "too-far", "maxDays", MAX_VALIDITY_DAYS);
        }
        return expiry;
    }

    private static PlatformException loginRequired() {
        return new PlatformException(ErrorCode.LOGIN_REQUIRED, "Sign in to manage API keys.");
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static ApiKey key(ResultSet rs) throws SQLException {
        return new ApiKey(rs.getString("id"), rs.getString("account_id"), rs.getString("name"),
                ApiKeyScope.valueOf(rs.getString("scope").toUpperCase(Locale.ROOT)), at(rs, "created_at"),
                at(rs, "expires_at"), optionalAt(rs, "revoked_at"), optionalAt(rs, "last_used_at"));
    }

    private static Instant at(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static @Nullable Instant optionalAt(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
