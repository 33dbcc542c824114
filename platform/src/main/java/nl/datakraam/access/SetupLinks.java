// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one-time link that creates the first administrator ({@code /instellen?token=...}; issue 6, accounts). While
 * no enabled account has role {@code beheerder}, every start issues a token, valid for {@link #VALIDITY}, that works
 * once; only its SHA-256 is stored. Once an administrator exists, every link is dead.
 */
@Service
public class SetupLinks {

    /** How long a link works. */
    public static final Duration VALIDITY = Duration.ofHours(24);

    private static final Caller SETUP = Caller.administrator("setup");

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public SetupLinks(JdbcClient jdbc, Accounts accounts, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A new token when no enabled administrator exists, for the start-up log; empty otherwise. */
    @Transactional
    public Optional<String> issueIfNeeded() {
        if (accounts.hasEnabledAdministrator()) {
            return Optional.empty();
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        jdbc.sql("insert into setup_token (token_sha256, created_at, expires_at) values (:hash, :now, :expires)")
                .param("hash", ApiKeys.sha256(token)).param("now", now.atOffset(ZoneOffset.UTC))
                .param("expires", now.plus(VALIDITY).atOffset(ZoneOffset.UTC)).update();
        return Optional.of(token);
    }

    /** Whether the token is unused, not expired, and no enabled administrator exists yet. */
    public boolean isValid(String token) {
        return !accounts.hasEnabledAdministrator() && jdbc.sql("""
                select count(*) from setup_token
                where token_sha256 = :hash and used_at is null and expires_at > :now""")
                .param("hash", ApiKeys.sha256(token)).param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .query(Long.class).single() > 0;
    }

    /**
     * Creates the first administrator (role {@code beheerder} plus any roles the account names) and uses the token
     * up. Nothing changes when a value is refused.
     *
     * @throws PlatformException {@link ErrorCode#SETUP_LINK_INVALID} when the link is dead (used, expired, unknown,
     *     or an administrator exists); as {@link Accounts#create} for a bad value
     */
    @Transactional
    public Account createFirstAdministrator(String token, NewAccount account) {
        if (!isValid(token)) {
            throw dead();
        }
        List<String> roles = new ArrayList<>(account.roles() == null ? List.of() : account.roles());
        if (!roles.contains(Caller.ROLE_ADMINISTRATOR)) {
            roles.add(Caller.ROLE_ADMINISTRATOR);
        }
        Account created = accounts.create(new NewAccount(account.id(), account.name(), account.email(),
                account.password(), roles, account.groups(), account.organisation()), SETUP);
        int used = jdbc.sql("update setup_token set used_at = :now where token_sha256 = :hash and used_at is null")
                .param("now", clock.instant().atOffset(ZoneOffset.UTC)).param("hash", ApiKeys.sha256(token)).update();
        if (used != 1) {
            throw dead();
        }
        return created;
    }

    private static PlatformException dead() {
        return new PlatformException(ErrorCode.SETUP_LINK_INVALID, "This setup link does not work (any more): it was"
                + " used, it expired, or an administrator exists. Sign in, or restart Datakraam for a new link while"
                + " no administrator exists.");
    }
}
