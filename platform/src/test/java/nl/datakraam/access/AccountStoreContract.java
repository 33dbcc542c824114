// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.support.PlatformIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the account store must do, whichever database holds it: run by {@link AccountStoreH2IT} (embedded H2) and
 * {@link AccountStorePostgresIT} (PostgreSQL on 127.0.0.1:5432). Through the services, as every channel uses them.
 */
abstract class AccountStoreContract extends PlatformIT {

    private static final Caller ADMIN = Caller.administrator("contract-test");
    private static final String PASSWORD = "een lang genoeg wachtwoord";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    Accounts accounts;

    @Autowired
    ApiKeys keys;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private String newId() {
        return ("store-" + SEQUENCE.incrementAndGet() + "-" + Long.toString(System.nanoTime(), 36))
                .toLowerCase(Locale.ROOT);
    }

    private Account account(String... roles) {
        return accounts.create(new NewAccount(newId(), "Store Test", "store@example.nl", PASSWORD, List.of(roles),
                List.of(), null), ADMIN);
    }

    @Test
    void storesTheArgon2idHashNeverThePasswordAndSignsInWithTheAccountsAuthorities() {
        String group = accounts.createUserGroup(newId(), "Store team", ADMIN).id();
        Account created = accounts.create(new NewAccount(newId(), "Partner", null, PASSWORD,
                List.of("partner"), List.of(group), "gm0014"), ADMIN);

        String hash = jdbc.sql("select password_hash from account where id = :id").param("id", created.id())
                .query(String.class).single();
        assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain(PASSWORD);
        assertThat(accounts.signIn(created.id(), PASSWORD)).contains(
                new Caller(created.id(), Set.of("partner"), Set.of(group), "gm0014"));
        assertThat(accounts.signIn(created.id(), PASSWORD + "x")).isEmpty();
        assertThat(accounts.signIn("no-such-account", PASSWORD)).isEmpty();
    }

    @Test
    void theLastEnabledAdministratorIsNeitherDisabledNorDemoted() {
        Account first = account("beheerder");
        Account second = account("beheerder");
        accounts.update(second.id(), new AccountChange(null, null, null, List.of("medewerker"), null, null, null,
                false), ADMIN);
        assertThat(accounts.get(second.id(), ADMIN).roles()).containsExactly("medewerker");

        // Alone as administrator (the others disabled inside a transaction that is rolled back afterwards; one per
        // change, since a refused change leaves its own statements for the rollback to undo):
        for (var change : List.of(
                new AccountChange(null, null, null, null, null, null, false, false),
                new AccountChange(null, null, null, List.of("medewerker"), null, null, null, false))) {
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                jdbc.sql("update account set enabled = false where id <> :keep"
                        + " and id in (select account_id from account_role where role = 'beheerder')")
                        .param("keep", first.id()).update();
                assertThatThrownBy(() -> accounts.update(first.id(), change, ADMIN))
                        .isInstanceOfSatisfying(PlatformException.class, e -> {
                            assertThat(e.code()).isEqualTo(ErrorCode.ACCOUNT_INVALID);
                            assertThat(e.details()).containsEntry("problem", "last-administrator");
                        });
                status.setRollbackOnly();
            });
        }
        assertThat(accounts.get(first.id(), ADMIN).enabled()).isTrue();
    }

    @Test
    void locksAfterFiveFailuresUntilAnAdministratorUnlocks() {
        Account account = account("medewerker");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(accounts.signIn(account.id(), "wrong password " + attempt)).isEmpty();
        }
        assertThat(accounts.signIn(account.id(), PASSWORD)).as("6th attempt, right password, while locked").isEmpty();
        assertThat(accounts.get(account.id(), ADMIN).lockedAt(clock.instant())).isTrue();

        accounts.update(account.id(), new AccountChange(null, null, null, null, null, null, null, true), ADMIN);

        assertThat(accounts.signIn(account.id(), PASSWORD)).isPresent();
    }

    @Test
    void theLockEndsAfterItsDurationAndARightPasswordResetsTheCount() {
        Account account = account("medewerker");
        for (int attempt = 1; attempt <= 4; attempt++) {
            accounts.signIn(account.id(), "wrong");
        }
        assertThat(accounts.signIn(account.id(), PASSWORD)).isPresent();
        accounts.signIn(account.id(), "wrong");
        assertThat(accounts.signIn(account.id(), PASSWORD)).as("the count started again").isPresent();
        for (int attempt = 1; attempt <= 5; attempt++) {
            accounts.signIn(account.id(), "wrong");
        }
        try {
            clock.moveBy(Duration.ofMinutes(16));
            assertThat(accounts.signIn(account.id(), PASSWORD)).isPresent();
        } finally {
            clock.reset();
        }
    }

    @Test
    void aDisabledAccountCannotSignInNorUseItsKeys() {
        Account account = account("data-eigenaar");
        IssuedApiKey key = keys.create(account.id(), "script", "write", null, ADMIN);
        assertThat(keys.authenticate(key.secret())).isPresent();

        accounts.update(account.id(), new AccountChange(null, null, null, null, null, null, false, false), ADMIN);

        assertThat(accounts.signIn(account.id(), PASSWORD)).isEmpty();
        assertThat(keys.authenticate(key.secret())).isEmpty();
    }

    @Test
    void keysAreStoredAsSha256AndStopWorkingWhenRevokedOrExpired() {
        Account account = account("medewerker");
        IssuedApiKey issued = keys.create(account.id(), "report", null, null, ADMIN);
        assertThat(issued.secret()).startsWith("dk_" + issued.key().id() + "_").hasSizeGreaterThan(50);
        assertThat(issued.key().scope()).isEqualTo(ApiKeyScope.READ);
        assertThat(issued.key().expiresAt()).isEqualTo(issued.key().createdAt().plus(Duration.ofDays(90)));
        Map<String, Object> row = jdbc.sql("select * from api_key where id = :id").param("id", issued.key().id())
                .query().singleRow();
        assertThat(row.values()).noneSatisfy(value -> assertThat(String.valueOf(value))
                .contains(issued.secret().substring(20)));

        ApiKeySignIn signIn = keys.authenticate(issued.secret()).orElseThrow();
        assertThat(signIn.caller()).isEqualTo(account.caller());
        assertThat(signIn.scope()).isEqualTo(ApiKeyScope.READ);
        assertThat(keys.authenticate(issued.secret() + "x")).isEmpty();
        assertThat(keys.list(null, account.caller()).getFirst().lastUsedAt()).isNotNull();

        try {
            clock.moveBy(Duration.ofDays(91));
            assertThat(keys.authenticate(issued.secret())).as("expired").isEmpty();
        } finally {
            clock.reset();
        }
        keys.revoke(issued.key().id(), account.caller());
        assertThat(keys.authenticate(issued.secret())).as("revoked").isEmpty();
        assertThat(keys.list(null, account.caller())).singleElement()
                .satisfies(key -> assertThat(key.status(clock.instant())).isEqualTo("revoked"));
    }

    @Test
    void refusesBadValuesNamingTheField() {
        assertThat(field(() -> accounts.create(new NewAccount("Hoofdletters", "x", null, PASSWORD,
                List.of("medewerker"), List.of(), null), ADMIN))).isEqualTo(Map.of("field", "id", "problem", "pattern"));
        assertThat(field(() -> accounts.create(new NewAccount(newId(), "x", null, "kort", List.of("medewerker"),
                List.of(), null), ADMIN))).containsEntry("field", "password").containsEntry("problem", "too-short");
        assertThat(field(() -> accounts.create(new NewAccount(newId(), "x", null, PASSWORD, List.of("partner"),
                List.of(), null), ADMIN))).containsEntry("field", "organisation");
        assertThat(field(() -> accounts.create(new NewAccount(newId(), "x", null, PASSWORD, List.of("koning"),
                List.of(), null), ADMIN))).containsEntry("field", "roles").containsEntry("problem", "not-in-list");
        assertThat(field(() -> accounts.create(new NewAccount(newId(), "x", null, PASSWORD, List.of("medewerker"),
                List.of("no-such-group"), null), ADMIN))).containsEntry("field", "groups");
        assertThat(field(() -> accounts.create(new NewAccount("beheerder", "x", null, PASSWORD,
                List.of("beheerder"), List.of(), null), ADMIN))).containsEntry("problem", "reserved");
        Account staff = account("medewerker");
        assertThat(field(() -> keys.create(null, "w", "write", null, staff.caller())))
                .containsEntry("field", "scope").containsEntry("problem", "write-not-allowed");
        assertThat(field(() -> keys.create(null, "w", "read", "2999-01-01", staff.caller())))
                .containsEntry("field", "expiresAt").containsEntry("problem", "too-far");
        assertThatThrownBy(() -> accounts.create(new NewAccount(staff.id(), "x", null, PASSWORD,
                List.of("medewerker"), List.of(), null), ADMIN))
                .isInstanceOfSatisfying(PlatformException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCOUNT_EXISTS));
        assertThatThrownBy(() -> accounts.list(staff.caller())).isInstanceOfSatisfying(PlatformException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_ALLOWED));
    }

    private static Map<String, Object> field(Runnable action) {
        try {
            action.run();
        } catch (PlatformException e) {
            assertThat(e.code()).isEqualTo(ErrorCode.ACCOUNT_INVALID);
            return e.details();
        }
        throw new AssertionError("the value was accepted");
    }
}
