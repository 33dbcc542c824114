// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.datakraam.access.Authorization;
import nl.datakraam.access.DatasetGrant;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.RequestCode;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who, beyond their roles, may read a dataset (issue 6): {@code GET /v1/datasets/{id}/grants} and
 * {@code PUT /v1/datasets/{id}/grants}, both as {@code {"grants": [{"kind": "group", "id": "team-water"}, ...]}}
 * with kind {@code group}, {@code organisation} or {@code account}. For the beheerder and for a data-eigenaar who may
 * read the dataset; a dataset the caller may not read answers 404 (as one that does not exist), a readable one the
 * caller may not change 403 ({@code access.not-allowed}), an anonymous caller 401.
 */
@RestController
class DatasetGrantsApiController {

    private final Catalog catalog;
    private final Authorization authorization;

    DatasetGrantsApiController(Catalog catalog, Authorization authorization) {
        this.catalog = catalog;
        this.authorization = authorization;
    }

    @GetMapping("/v1/datasets/{id}/grants")
    Grants grants(@PathVariable UUID id) {
        return Grants.of(catalog.grants(new DatasetId(id), authorization.currentCaller()));
    }

    /**
     * Replaces the dataset's grants by those in the body.
     *
     * @throws PlatformException {@link ErrorCode#INVALID_PARAMETER} naming the bad entry ({@code grants[n].kind},
     *     {@code grants[n].id}) or a missing {@code grants}; nothing changes then
     */
    @PutMapping("/v1/datasets/{id}/grants")
    Grants replace(@PathVariable UUID id, @RequestBody Grants body) {
        if (body.grants() == null) {
            throw new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.MISSING,
                    Map.of("parameter", "grants"));
        }
        List<DatasetGrant> grants = new ArrayList<>();
        for (int n = 0; n < body.grants().size(); n++) {
            Grant grant = body.grants().get(n);
            grants.add(DatasetGrant.parse(n, grant == null ? null : grant.kind(), grant == null ? null : grant.id()));
        }
        return Grants.of(catalog.replaceGrants(new DatasetId(id), grants, authorization.currentCaller()));
    }

    /** The wire form of a dataset's grants. */
    record Grants(@Nullable List<@Nullable Grant> grants) {
        static Grants of(List<DatasetGrant> grants) {
            return new Grants(grants.stream().map(g -> new Grant(g.kind().code(), g.id())).toList());
        }
    }

    /**
     * @param kind {@code group}, {@code organisation} or {@code account}
     * @param id   the group, organisation or account id
     */
    record Grant(@Nullable String kind, @Nullable String id) {
    }
}
