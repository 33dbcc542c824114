// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.datakraam.access.Account;
import nl.datakraam.access.AccountChange;
import nl.datakraam.access.Accounts;
import nl.datakraam.access.Authorization;
import nl.datakraam.access.NewAccount;
import nl.datakraam.access.UserGroup;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.RequestCode;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Accounts and user groups, for administrators (issue 6, accounts): {@code POST/GET /v1/accounts},
 * {@code GET/PATCH /v1/accounts/{id}}, {@code POST/GET /v1/user-groups}. Answers never hold a password or its hash.
 * Errors: 400 {@code account.invalid} naming the field, 409 {@code account.exists}, 404 {@code account.not-found},
 * 401/403 for callers who are not administrators.
 */
@RestController
class AccountApiController {

    private static final List<String> EDITABLE = List.of("name", "email", "password", "roles", "groups",
            "organisation", "enabled", "locked");

    private final Accounts accounts;
    private final Authorization authorization;
    private final Clock clock;

    AccountApiController(Accounts accounts, Authorization authorization, Clock clock) {
        this.accounts = accounts;
        this.authorization = authorization;
        this.clock = clock;
    }

    private AccountResponse of(Account account) {
        return AccountResponse.of(account, clock.instant());
    }

    /** An account as the API shows it; {@code locked} at the time of the answer. */
    record AccountResponse(String id, String name, @Nullable String email, List<String> roles, List<String> groups,
            @Nullable String organisation, boolean enabled, boolean locked, @Nullable Instant lockedUntil,
            Instant createdAt) {

        static AccountResponse of(Account account, Instant now) {
            boolean locked = account.lockedAt(now);
            return new AccountResponse(account.id(), account.name(), account.email(), sorted(account.roles()),
                    sorted(account.groups()), account.organisation(), account.enabled(), locked,
                    locked ? account.lockedUntil() : null, account.createdAt());
        }
    }

    record AccountList(List<AccountResponse> accounts) {
    }

    record UserGroupRequest(@Nullable String id, @Nullable String name) {
    }

    record UserGroupList(List<UserGroup> userGroups) {
    }

    @PostMapping("/v1/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    AccountResponse create(@RequestBody NewAccount account) {
        return of(accounts.create(account, authorization.currentCaller()));
    }

    @GetMapping("/v1/accounts")
    AccountList list() {
        return new AccountList(accounts.list(authorization.currentCaller()).stream().map(this::of)
                .toList());
    }

    @GetMapping("/v1/accounts/{id}")
    AccountResponse get(@PathVariable String id) {
        return of(accounts.get(id, authorization.currentCaller()));
    }

    /**
     * A JSON (merge) patch of {@code name}, {@code email}, {@code password}, {@code roles}, {@code groups},
     * {@code organisation}, {@code enabled}, and {@code locked} (only {@code false}: unlock); {@code null} clears
     * {@code email} or {@code organisation}.
     */
    @PatchMapping(path = "/v1/accounts/{id}", consumes = {"application/json", "application/merge-patch+json"})
    AccountResponse patch(@PathVariable String id, @RequestBody JsonNode patch) {
        if (!patch.isObject()) {
            throw new PlatformException(ErrorCode.REQUEST_UNREADABLE, "Send a JSON object with the members to change.");
        }
        for (String member : patch.propertyNames()) {
            if (!EDITABLE.contains(member)) {
                throw new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.NOT_EDITABLE,
                        Map.of("parameter", member, "editable", EDITABLE));
            }
        }
        JsonNode locked = patch.get("locked");
        if (locked != null && !(locked.isBoolean() && !locked.asBoolean())) {
            throw new PlatformException(ErrorCode.ACCOUNT_INVALID, "locked: only false (unlock) can be set.",
                    Map.of("field", "locked", "problem", "form", "expected", "false"));
        }
        JsonNode enabled = patch.get("enabled");
        if (enabled != null && !enabled.isBoolean()) {
            throw new PlatformException(ErrorCode.ACCOUNT_INVALID, "enabled: this has the wrong form; expected true"
                    + " or false.", Map.of("field", "enabled", "problem", "form", "expected", "true or false"));
        }
        var change = new AccountChange(text(patch, "name"), clearable(patch, "email"), text(patch, "password"),
                list(patch, "roles"), list(patch, "groups"), clearable(patch, "organisation"),
                enabled == null ? null : enabled.asBoolean(), locked != null);
        return of(accounts.update(id, change, authorization.currentCaller()));
    }

    @PostMapping("/v1/user-groups")
    @ResponseStatus(HttpStatus.CREATED)
    UserGroup createUserGroup(@RequestBody UserGroupRequest group) {
        return accounts.createUserGroup(group.id(), group.name(), authorization.currentCaller());
    }

    @GetMapping("/v1/user-groups")
    UserGroupList userGroups() {
        return new UserGroupList(accounts.userGroups(authorization.currentCaller()));
    }

    private static @Nullable String text(JsonNode patch, String member) {
        JsonNode value = patch.get(member);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            throw wrongForm(member, "text");
        }
        return value.asString();
    }

    /** A member whose {@code null} clears the value: the empty string. */
    private static @Nullable String clearable(JsonNode patch, String member) {
        JsonNode value = patch.get(member);
        return value != null && value.isNull() ? "" : text(patch, member);
    }

    private static @Nullable List<String> list(JsonNode patch, String member) {
        JsonNode value = patch.get(member);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            throw wrongForm(member, "a list of codes");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode element : value) {
            values.add(element.asString());
        }
        return values;
    }

    private static PlatformException wrongForm(String member, String expected) {
        return new PlatformException(ErrorCode.ACCOUNT_INVALID, member + ": this has the wrong form; expected "
                + expected + ".", Map.of("field", member, "problem", "form", "expected", expected));
    }

    static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
