// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.datalab;

import java.util.List;
import java.util.Map;
import nl.datakraam.access.AccessLevel;
import nl.datakraam.access.Authorization;
import nl.datakraam.access.Caller;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.RequestCode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may see and change a chart or dashboard (the datalab contract): {@code openbaar} anyone, anonymous included;
 * {@code intern} those who read internal data (staff, as {@link Authorization#readScope} says) and the owner;
 * {@code vertrouwelijk} the owner and the beheerder. Changing is for the owner and the beheerder.
 */
@Component
class Visibility {

    /** The levels a visualisation may have ({@code beperkt} needs per-item grants, which visualisations lack). */
    static final List<AccessLevel> LEVELS = List.of(AccessLevel.OPENBAAR, AccessLevel.INTERN,
            AccessLevel.VERTROUWELIJK);

    private final Authorization authorization;

    Visibility(Authorization authorization) {
        this.authorization = authorization;
    }

    boolean visible(AccessLevel level, String owner, Caller caller) {
        if (level == AccessLevel.OPENBAAR || owns(owner, caller)) {
            return true;
        }
        if (level == AccessLevel.INTERN) {
            return !caller.isAnonymous() && authorization.readScope(caller).levels().contains(AccessLevel.INTERN);
        }
        return false;
    }

    boolean mayChange(String owner, Caller caller) {
        return owns(owner, caller);
    }

    /**
     * @throws PlatformException {@link ErrorCode#LOGIN_REQUIRED} for the anonymous caller
     */
    void requireSignedIn(Caller caller) {
        if (caller.isAnonymous()) {
            throw new PlatformException(ErrorCode.LOGIN_REQUIRED, "Sign in to make charts and dashboards.");
        }
    }

    /**
     * @throws PlatformException {@link ErrorCode#NOT_ALLOWED} when the caller is neither owner nor beheerder
     */
    void requireChange(String owner, Caller caller) {
        requireSignedIn(caller);
        if (!mayChange(owner, caller)) {
            throw new PlatformException(ErrorCode.NOT_ALLOWED, "Only its owner or a beheerder may change this.");
        }
    }

    /**
     * @throws PlatformException {@link ErrorCode#INVALID_PARAMETER} for a level other than {@link #LEVELS}
     */
    static AccessLevel level(@Nullable String code) {
        AccessLevel level = AccessLevel.parameter("accessLevel", code, AccessLevel.INTERN);
        if (!LEVELS.contains(level)) {
            throw new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.CHOICE, Map.of("parameter",
                    "accessLevel", "allowed", LEVELS.stream().map(AccessLevel::code).toList()));
        }
        return level;
    }

    private static boolean owns(String owner, Caller caller) {
        return !caller.isAnonymous() && (owner.equals(caller.id()) || caller.hasRole(Caller.ROLE_ADMINISTRATOR));
    }
}
