// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The one authorisation service. Every channel asks it; none decides on its own. Thread-safe.
 *
 * <p>The rules of issue 6 (ARCHITECTURE.md, security model). Read a dataset: {@code openbaar} everybody;
 * {@code intern} staff (beheerder, data-eigenaar, functionaris-gegevensbescherming, medewerker), others by a grant;
 * {@code beperkt} the beheerder and callers with a grant to their account, one of their groups or their partner
 * organisation; {@code vertrouwelijk} the beheerder and callers with a grant to their account only. Create datasets
 * and manage organisations and thematic groups: beheerder and data-eigenaar. Change a dataset (metadata, versions,
 * review, grants): the beheerder, or a data-eigenaar who may read it. A dataset the caller may not read is reported as
 * absent by the channels (404), never as forbidden.
 */
@Service
public class Authorization {

    private static final Set<String> STAFF = Set.of(Caller.ROLE_ADMINISTRATOR, Caller.ROLE_STEWARD,
            Caller.ROLE_PRIVACY_OFFICER, Caller.ROLE_STAFF);

    private final DatasetGrants grants;
    private final AuditLog audit;

    public Authorization(DatasetGrants grants, AuditLog audit) {
        this.grants = grants;
        this.audit = audit;
    }

    /** The caller of the current request or command thread; anonymous when nobody is signed in. */
    public Caller currentCaller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || "anonymousUser".equals(authentication.getPrincipal())) {
            return Caller.anonymous();
        }
        return Caller.of(authentication.getName(), authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).filter(java.util.Objects::nonNull).toList());
    }

    /**
     * Which datasets the caller may read, for listings (SQL, search index). Agrees with {@link #mayRead} for every
     * dataset. One query for the caller's grants (none for the anonymous caller and the beheerder).
     */
    public ReadScope readScope(Caller caller) {
        Set<AccessLevel> levels = levels(caller);
        if (caller.isAnonymous() || levels.containsAll(EnumSet.allOf(AccessLevel.class))) {
            return new ReadScope(levels, Set.of(), Set.of());
        }
        Set<UUID> granted = new HashSet<>();
        Set<UUID> account = new HashSet<>();
        for (DatasetGrants.Held held : grants.heldBy(caller)) {
            granted.add(held.datasetId());
            if (held.kind() == DatasetGrant.Kind.ACCOUNT) {
                account.add(held.datasetId());
            }
        }
        return new ReadScope(levels, granted, account);
    }

    /**
     * The one per-dataset read decision: whether the caller may read this dataset, on any channel. Every read of one
     * dataset passes here ({@code Catalog.find}, and through it {@code Catalog.get}). An allowed read of non-public
     * data is recorded in the audit log ({@link AuditLog#recordRead}, {@code dataset.read}).
     *
     * @param datasetId the dataset (opaque here)
     * @param versionId its current version, null before the first
     * @param level     its access level
     */
    public boolean mayRead(Caller caller, UUID datasetId, @Nullable UUID versionId, AccessLevel level) {
        boolean allowed = readable(caller, datasetId, level);
        if (allowed) {
            audit.recordRead(caller, "dataset.read", datasetId, versionId, level);
        }
        return allowed;
    }

    /** Whether the caller may create datasets (upload, fetch from a URL): beheerder and data-eigenaar. */
    public boolean mayCreateDatasets(Caller caller) {
        return administratorOrSteward(caller);
    }

    /**
     * @throws PlatformException {@link ErrorCode#LOGIN_REQUIRED} for the anonymous caller,
     *     {@link ErrorCode#NOT_ALLOWED} for a signed-in caller who may not create datasets
     */
    public void requireCreate(Caller caller) {
        require(mayCreateDatasets(caller), caller, "create datasets");
    }

    /**
     * Whether the caller may change this dataset (its metadata, versions, schema review, grants): the beheerder, or
     * a data-eigenaar who may read it.
     */
    public boolean mayEdit(Caller caller, UUID datasetId, AccessLevel level) {
        return caller.hasRole(Caller.ROLE_ADMINISTRATOR)
                || caller.hasRole(Caller.ROLE_STEWARD) && readable(caller, datasetId, level);
    }

    /**
     * Checks {@link #mayEdit}. Callers first make sure the caller may read the dataset, since a dataset it may not
     * read is absent (404), not forbidden ({@code Catalog.editable} does both).
     *
     * @throws PlatformException {@link ErrorCode#LOGIN_REQUIRED} for the anonymous caller,
     *     {@link ErrorCode#NOT_ALLOWED} for a signed-in caller who may not change the dataset
     */
    public void requireEdit(Caller caller, UUID datasetId, AccessLevel level) {
        require(mayEdit(caller, datasetId, level), caller, "change this dataset");
    }

    /**
     * Whether the caller may change some dataset: a beheerder or data-eigenaar. For screens and batch requests
     * before the datasets are known; each dataset is still checked with {@link #requireEdit}.
     */
    public boolean mayEditDatasets(Caller caller) {
        return administratorOrSteward(caller);
    }

    /**
     * @throws PlatformException {@link ErrorCode#LOGIN_REQUIRED} for the anonymous caller,
     *     {@link ErrorCode#NOT_ALLOWED} for a signed-in caller who may not change datasets
     */
    public void requireEditDatasets(Caller caller) {
        require(mayEditDatasets(caller), caller, "change datasets");
    }

    /**
     * Whether the caller may decide who reads this dataset — change its access level or its grants: the beheerder,
     * or a data-eigenaar the dataset names by an account grant (its owner: who created it, or was granted it by name).
     * Stricter than {@link #mayEdit}: a steward who reads a dataset through a group grant may describe it but not
     * publish it.
     */
    public boolean mayDecideAccess(Caller caller, UUID datasetId) {
        return caller.hasRole(Caller.ROLE_ADMINISTRATOR) || caller.hasRole(Caller.ROLE_STEWARD)
                && grants.of(datasetId).stream().anyMatch(grant -> grant.kind() == DatasetGrant.Kind.ACCOUNT
                        && grant.id().equals(caller.id()));
    }

    /**
     * Checks {@link #mayDecideAccess}.
     *
     * @throws PlatformException {@link ErrorCode#LOGIN_REQUIRED} for the anonymous caller,
     *     {@link ErrorCode#NOT_ALLOWED} for a signed-in caller who may not decide who reads the dataset
     */
    public void requireDecideAccess(Caller caller, UUID datasetId) {
        require(mayDecideAccess(caller, datasetId), caller, "change who may read this dataset");
    }

    /** Whether the caller may create and change organisations and thematic groups: beheerder and data-eigenaar. */
    public boolean mayManageOrganisations(Caller caller) {
        return administratorOrSteward(caller);
    }

    /**
     * @throws PlatformException {@link ErrorCode#LOGIN_REQUIRED} for the anonymous caller,
     *     {@link ErrorCode#NOT_ALLOWED} for a signed-in caller who may not manage organisations and groups
     */
    public void requireManageOrganisations(Caller caller) {
        require(mayManageOrganisations(caller), caller, "manage organisations and groups");
    }

    /** Whether the caller may see every background job, not only its own: the beheerder. */
    public boolean maySeeAllJobs(Caller caller) {
        return caller.hasRole(Caller.ROLE_ADMINISTRATOR);
    }

    private static boolean administratorOrSteward(Caller caller) {
        return caller.hasRole(Caller.ROLE_ADMINISTRATOR) || caller.hasRole(Caller.ROLE_STEWARD);
    }

    /** The levels whose every dataset the caller may read. */
    private static Set<AccessLevel> levels(Caller caller) {
        if (caller.hasRole(Caller.ROLE_ADMINISTRATOR)) {
            return EnumSet.allOf(AccessLevel.class);
        }
        if (caller.roles().stream().anyMatch(STAFF::contains)) {
            return EnumSet.of(AccessLevel.OPENBAAR, AccessLevel.INTERN);
        }
        return EnumSet.of(AccessLevel.OPENBAAR);
    }

    private boolean readable(Caller caller, UUID datasetId, AccessLevel level) {
        if (levels(caller).contains(level)) {
            return true;
        }
        if (caller.isAnonymous()) {
            return false;
        }
        return grants.of(datasetId).stream().anyMatch(grant -> counts(grant, caller, level));
    }

    /** Whether a grant names the caller and counts for a dataset of this level (the rule {@link ReadScope} says). */
    private static boolean counts(DatasetGrant grant, Caller caller, AccessLevel level) {
        return switch (grant.kind()) {
            case ACCOUNT -> grant.id().equals(caller.id());
            case GROUP -> level != AccessLevel.VERTROUWELIJK && caller.groups().contains(grant.id());
            case ORGANISATION -> level != AccessLevel.VERTROUWELIJK && grant.id().equals(caller.organisation());
        };
    }

    private static void require(boolean allowed, Caller caller, String what) {
        if (allowed) {
            return;
        }
        if (caller.isAnonymous()) {
            throw new PlatformException(ErrorCode.LOGIN_REQUIRED, "Sign in to " + what + ".");
        }
        throw new PlatformException(ErrorCode.NOT_ALLOWED, "You may not " + what + ".", Map.of("caller", caller.id()));
    }
}
