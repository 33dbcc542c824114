// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The one authorisation service. Every channel asks it; none decides on its own. Thread-safe and stateless.
 *
 * <p>Rules of the first cut: anyone may read {@link AccessLevel#OPENBAAR}; an administrator may read everything and
 * may upload; nobody else may upload.
 */
@Service
public class Authorization {

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

    /** The access levels whose datasets the caller may read; never empty. */
    public Set<AccessLevel> readableLevels(Caller caller) {
        if (caller.hasRole(Caller.ROLE_ADMINISTRATOR)) {
            return EnumSet.allOf(AccessLevel.class);
        }
        return EnumSet.of(AccessLevel.OPENBAAR);
    }

    public boolean mayRead(Caller caller, AccessLevel level) {
        return readableLevels(caller).contains(level);
    }

    public boolean mayUpload(Caller caller) {
        return caller.hasRole(Caller.ROLE_ADMINISTRATOR);
    }

    /**
     * @throws PlatformException {@link ErrorCode#LOGIN_REQUIRED} for anonymous callers, {@link ErrorCode#NOT_ALLOWED}
     *     for signed-in callers without the right
     */
    public void requireUpload(Caller caller) {
        if (mayUpload(caller)) {
            return;
        }
        if (caller.isAnonymous()) {
            throw new PlatformException(ErrorCode.LOGIN_REQUIRED, "Sign in to upload datasets.");
        }
        throw new PlatformException(ErrorCode.NOT_ALLOWED, "You may not upload datasets.", Map.of("caller", caller.id()));
    }
}
