// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.datakraam.access.ApiKey;
import nl.datakraam.access.ApiKeys;
import nl.datakraam.access.Authorization;
import nl.datakraam.access.IssuedApiKey;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * API keys (issue 6, accounts): {@code POST /v1/api-keys} (own), {@code POST /v1/accounts/{id}/api-keys}
 * (administrator) → 201 with the key shown this once; {@code GET /v1/api-keys[?owner=]} (own; administrators any
 * owner), never with the secret; {@code DELETE /v1/api-keys/{id}} revokes (204).
 */
@RestController
class ApiKeyApiController {

    private final ApiKeys keys;
    private final Authorization authorization;
    private final Clock clock;

    ApiKeyApiController(ApiKeys keys, Authorization authorization, Clock clock) {
        this.keys = keys;
        this.authorization = authorization;
        this.clock = clock;
    }

    /**
     * @param scope     {@code read} (default) or {@code write}
     * @param expiresAt ISO date-time or date; default 90 days ahead, at most 365
     */
    record ApiKeyRequest(@Nullable String name, @Nullable String scope, @Nullable String expiresAt) {
    }

    record ApiKeyResponse(String id, String owner, String name, String scope, String status, Instant createdAt,
            Instant expiresAt, @Nullable Instant revokedAt, @Nullable Instant lastUsedAt) {

        static ApiKeyResponse of(ApiKey key, Instant now) {
            return new ApiKeyResponse(key.id(), key.owner(), key.name(), key.scope().code(), key.status(now), key.createdAt(), key.expiresAt(), key.revokedAt(), key.lastUsedAt());
        }
    }

    /** A key just made, with {@code key} ({@code dk_...}): the only time it is shown. */
    record IssuedApiKeyResponse(String id, String owner, String name, String scope, Instant expiresAt, String key) {

        static IssuedApiKeyResponse of(IssuedApiKey issued) {
            ApiKey key = issued.key();
            return new IssuedApiKeyResponse(key.id(), key.owner(), key.name(), key.scope().code(), key.expiresAt(),
                    issued.secret());
        }
    }

    record ApiKeyList(List<ApiKeyResponse> apiKeys) {
    }

    @PostMapping("/v1/api-keys")
    @ResponseStatus(HttpStatus.CREATED)
    IssuedApiKeyResponse createOwn(@RequestBody ApiKeyRequest request) {
        return IssuedApiKeyResponse.of(keys.create(null, request.name(), request.scope(), request.expiresAt(),
                authorization.currentCaller()));
    }

    @PostMapping("/v1/accounts/{id}/api-keys")
    @ResponseStatus(HttpStatus.CREATED)
    IssuedApiKeyResponse create(@PathVariable String id, @RequestBody ApiKeyRequest request) {
        return IssuedApiKeyResponse.of(keys.create(id, request.name(), request.scope(), request.expiresAt(),
                authorization.currentCaller()));
    }

    @GetMapping("/v1/api-keys")
    ApiKeyList list(@RequestParam(required = false) @Nullable String owner) {
        return new ApiKeyList(keys.list(owner, authorization.currentCaller()).stream().map(key -> ApiKeyResponse.of(key, clock.instant()))
                .toList());
    }

    @DeleteMapping("/v1/api-keys/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable String id) {
        keys.revoke(id, authorization.currentCaller());
    }
}
