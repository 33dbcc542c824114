// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Local accounts and user groups (issue 6, accounts; tables of V20). Managing them is for administrators
 * ({@link Caller#ROLE_ADMINISTRATOR}) only; {@link #signIn} is what form sign-in asks. Passwords are hashed with
 * Argon2id ({@code {argon2}...}, see {@code PasswordHashing}); after {@link LoginSettings.Lockout#maxAttempts()}
 * failed sign-ins in a row an account is locked for {@link LoginSettings.Lockout#duration()}. Thread-safe.
 */
@Service
public class Accounts {

    /** Shortest password accepted. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    /** The sign-in name of the bootstrap token; no account may have it. */
    public static final String BOOTSTRAP_LOGIN = Caller.ROLE_ADMINISTRATOR;

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final LoginSettings settings;
    private final Clock clock;
    /** A hash checked against when the account does not exist, so that a wrong name takes as long as a wrong password. */
    private final String unknownAccountHash;

    public Accounts(JdbcClient jdbc, PasswordEncoder passwords, LoginSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.settings = settings;
        this.clock = clock;
        this.unknownAccountHash = passwords.encode("no account has this password " + System.nanoTime());
    }

    /**
     * Creates an account.
     *
     * @throws PlatformException {@link ErrorCode#ACCOUNT_INVALID} naming the field with a bad value,
     *     {@link ErrorCode#ACCOUNT_EXISTS} when the id is taken, {@link ErrorCode#LOGIN_REQUIRED} /
     *     {@link ErrorCode#NOT_ALLOWED} for a caller who is not an administrator
     */
    @Transactional
    public Account create(NewAccount account, Caller caller) {
        requireAdministrator(caller);
        String id = AccountValidation.id("id", account.id());
        if (BOOTSTRAP_LOGIN.equals(id) || Caller.anonymous().id().equals(id)) {
            throw AccountValidation.invalid("id", "reserved", "value", id);
        }
        String name = AccountValidation.text("name", account.name(), 200);
        String email = AccountValidation.email(account.email());
        String password = AccountValidation.password(account.password());
        Set<String> roles = roles(account.roles());
        Set<String> groups = groups(account.groups());
        String organisation = AccountValidation.organisation(account.organisation(), roles);
        if (find(id).isPresent()) {
            throw new PlatformException(ErrorCode.ACCOUNT_EXISTS, "An account with id " + id + " exists already.",
                    Map.of("kind", "account", "id", id));
        }
        OffsetDateTime now = now();
        jdbc.sql("""
                insert into account (id, name, email, password_hash, organisation, enabled, failed_attempts,
                    created_at, modified_at)
                values (:id, :name, :email, :hash, :organisation, true, 0, :now, :now)""")
                .param("id", id).param("name", name).param("email", email).param("hash", passwords.encode(password))
                .param("organisation", organisation).param("now", now).update();
        replaceRolesAndGroups(id, roles, groups);
        return find(id).orElseThrow();
    }

    /** Every account, by id. */
    public List<Account> list(Caller caller) {
        requireAdministrator(caller);
        return all(null);
    }

    /** @throws PlatformException {@link ErrorCode#ACCOUNT_NOT_FOUND}; as {@link #list} for a non-administrator */
    public Account get(String id, Caller caller) {
        requireAdministrator(caller);
        return find(id).orElseThrow(() -> notFound(id));
    }

    /**
     * Changes an account; the values are checked as by {@link #create}. Disabling an account also stops its API keys.
     * The last enabled administrator can be neither disabled nor demoted.
     *
     * @throws PlatformException as {@link #create} and {@link #get}; {@link ErrorCode#ACCOUNT_INVALID} with problem
     *     {@code last-administrator} (field {@code enabled} or {@code roles}) when no enabled administrator would be
     *     left; nothing is changed then
     */
    @Transactional
    public Account update(String id, AccountChange change, Caller caller) {
        Account account = get(id, caller);
        String name = change.name() == null ? account.name() : AccountValidation.text("name", change.name(), 200);
        String email = change.email() == null ? account.email() : AccountValidation.email(change.email());
        Set<String> roles = change.roles() == null ? account.roles() : roles(change.roles());
        Set<String> groups = change.groups() == null ? account.groups() : groups(change.groups());
        String organisation = AccountValidation.organisation(change.organisation() == null ? account.organisation()
                : change.organisation(), roles);
        boolean enabled = change.enabled() == null ? account.enabled() : change.enabled();
        String hash = change.password() == null ? null : passwords.encode(AccountValidation.password(change.password()));
        var statement = jdbc.sql("update account set name = :name, email = :email, organisation = :organisation,"
                        + " enabled = :enabled, modified_at = :now"
                        + (hash == null ? "" : ", password_hash = :hash")
                        + (change.unlock() ? ", failed_attempts = 0, locked_until = null" : "") + " where id = :id")
                .param("name", name).param("email", email).param("organisation", organisation)
                .param("enabled", enabled).param("now", now()).param("id", id);
        if (hash != null) {
            statement = statement.param("hash", hash);
        }
        statement.update();
        replaceRolesAndGroups(id, roles, groups);
        boolean wasAdministrator = account.enabled() && account.roles().contains(Caller.ROLE_ADMINISTRATOR);
        if (wasAdministrator && !hasEnabledAdministrator()) {
            // rolls the transaction back: an installation keeps at least one administrator it can sign in as
            throw AccountValidation.invalid(enabled ? "roles" : "enabled", "last-administrator");
        }
        return find(id).orElseThrow();
    }

    /**
     * Creates a user group.
     *
     * @throws PlatformException {@link ErrorCode#ACCOUNT_INVALID} naming {@code id} or {@code name},
     *     {@link ErrorCode#ACCOUNT_EXISTS} when the id is taken; as {@link #list} for a non-administrator
     */
    @Transactional
    public UserGroup createUserGroup(@Nullable String id, @Nullable String name, Caller caller) {
        requireAdministrator(caller);
        var group = new UserGroup(AccountValidation.id("id", id), AccountValidation.text("name", name, 200));
        if (userGroupIds().contains(group.id())) {
            throw new PlatformException(ErrorCode.ACCOUNT_EXISTS, "A user group with id " + group.id()
                    + " exists already.", Map.of("kind", "user-group", "id", group.id()));
        }
        jdbc.sql("insert into user_group (id, name, created_at) values (:id, :name, :now)")
                .param("id", group.id()).param("name", group.name()).param("now", now()).update();
        return group;
    }

    /** Every user group, by id. */
    public List<UserGroup> userGroups(Caller caller) {
        requireAdministrator(caller);
        return jdbc.sql("select id, name from user_group order by id")
                .query((rs, n) -> new UserGroup(rs.getString("id"), rs.getString("name"))).list();
    }

    /**
     * Checks a password sign-in and counts failures: the caller of the account when the password is right and the
     * account is enabled and not locked; empty otherwise, whatever the reason (so nobody learns whether the account
     * exists). The attempt that makes {@code maxAttempts} failures in a row locks the account for {@code duration};
     * a right password resets the count.
     */
    @Transactional
    public Optional<Caller> signIn(String id, String password) {
        Instant now = clock.instant();
        var stored = jdbc.sql("select password_hash, enabled, locked_until from account where id = :id")
                .param("id", id).query((rs, n) -> new StoredLogin(rs.getString("password_hash"),
                        rs.getBoolean("enabled"), instant(rs, "locked_until"))).optional();
        if (stored.isEmpty()) {
            passwords.matches(password, unknownAccountHash);
            return Optional.empty();
        }
        StoredLogin login = stored.get();
        if (login.lockedUntil() != null && login.lockedUntil().isAfter(now)) {
            return Optional.empty();
        }
        if (!passwords.matches(password, login.hash())) {
            LoginSettings.Lockout lockout = settings.lockout();
            jdbc.sql("""
                    update account set
                        locked_until = case when failed_attempts + 1 >= :max then :until else locked_until end,
                        failed_attempts = case when failed_attempts + 1 >= :max then 0 else failed_attempts + 1 end
                    where id = :id""")
                    .param("max", lockout.maxAttempts())
                    .param("until", now.plus(lockout.duration()).atOffset(ZoneOffset.UTC)).param("id", id).update();
            return Optional.empty();
        }
        if (!login.enabled()) {
            return Optional.empty();
        }
        jdbc.sql("update account set failed_attempts = 0, locked_until = null"
                        + (passwords.upgradeEncoding(login.hash()) ? ", password_hash = :hash" : "")
                        + " where id = :id")
                .params(passwords.upgradeEncoding(login.hash()) ? Map.of("id", id, "hash", passwords.encode(password))
                        : Map.of("id", id)).update();
        return find(id).map(Account::caller);
    }

    private record StoredLogin(String hash, boolean enabled, @Nullable Instant lockedUntil) {
    }

    /** The account, whoever asks; for signing in with API keys and for the module's own services. */
    public Optional<Account> find(String id) {
        return all(id).stream().findFirst();
    }

    /** Whether an enabled account has role {@code beheerder}; while none does, the setup link works. */
    public boolean hasEnabledAdministrator() {
        return jdbc.sql("""
                select count(*) from account a join account_role r on r.account_id = a.id
                where a.enabled and r.role = :role""")
                .param("role", Caller.ROLE_ADMINISTRATOR).query(Long.class).single() > 0;
    }

    /**
     * @throws PlatformException {@link ErrorCode#LOGIN_REQUIRED} for anonymous callers, {@link ErrorCode#NOT_ALLOWED}
     *     for callers without role {@code beheerder}
     */
    static void requireAdministrator(Caller caller) {
        if (caller.hasRole(Caller.ROLE_ADMINISTRATOR)) {
            return;
        }
        if (caller.isAnonymous()) {
            throw new PlatformException(ErrorCode.LOGIN_REQUIRED, "Sign in as an administrator to manage accounts.");
        }
        throw new PlatformException(ErrorCode.NOT_ALLOWED, "Only an administrator may manage accounts, user groups"
                + " and other people's API keys.", Map.of("caller", caller.id()));
    }

    private static PlatformException notFound(String id) {
        return new PlatformException(ErrorCode.ACCOUNT_NOT_FOUND, "There is no account " + id + ".",
                Map.of("id", id));
    }

    private Set<String> roles(@Nullable List<String> values) {
        Set<String> roles = AccountValidation.choices("roles", values, Caller.ROLES);
        if (roles.isEmpty()) {
            throw AccountValidation.invalid("roles", "empty");
        }
        return roles;
    }

    private Set<String> groups(@Nullable List<String> values) {
        return AccountValidation.choices("groups", values, userGroupIds());
    }

    private List<String> userGroupIds() {
        return jdbc.sql("select id from user_group order by id").query(String.class).list();
    }

    private void replaceRolesAndGroups(String id, Set<String> roles, Set<String> groups) {
        jdbc.sql("delete from account_role where account_id = :id").param("id", id).update();
        jdbc.sql("delete from account_group where account_id = :id").param("id", id).update();
        for (String role : roles) {
            jdbc.sql("insert into account_role (account_id, role) values (:id, :role)").param("id", id)
                    .param("role", role).update();
        }
        for (String group : groups) {
            jdbc.sql("insert into account_group (account_id, group_id) values (:id, :group)").param("id", id)
                    .param("group", group).update();
        }
    }

    /** One account ({@code id} given) or all, with roles and groups, in three queries. */
    private List<Account> all(@Nullable String id) {
        String where = id == null ? "" : " where account_id = :id";
        Map<String, Object> params = id == null ? Map.of() : Map.of("id", id);
        Map<String, Set<String>> roles = new HashMap<>();
        jdbc.sql("select account_id, role from account_role" + where).params(params).query((ResultSet rs) -> {
            roles.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
        });
        Map<String, Set<String>> groups = new HashMap<>();
        jdbc.sql("select account_id, group_id from account_group" + where).params(params).query((ResultSet rs) -> {
            groups.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
        });
        return new ArrayList<>(jdbc.sql("""
                select id, name, email, organisation, enabled, locked_until, created_at from account"""
                        + (id == null ? "" : " where id = :id") + " order by id")
                .params(params)
                .query((rs, n) -> new Account(rs.getString("id"), rs.getString("name"), rs.getString("email"),
                        roles.getOrDefault(rs.getString("id"), Set.of()),
                        groups.getOrDefault(rs.getString("id"), Set.of()), rs.getString("organisation"),
                        rs.getBoolean("enabled"), instant(rs, "locked_until"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list());
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}
