// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access.infra;

import java.util.Map;
import java.util.Objects;
import nl.datakraam.access.AuditLog;
import nl.datakraam.access.Caller;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Records sign-ins and sign-outs in the audit log from Spring Security's events: {@code login.succeeded} (an
 * interactive sign-in: the form, OIDC) with the account as actor, {@code logout}, and {@code login.failed}.
 *
 * <p>A failed attempt is recorded with actor {@code anonymous}, its origin and a reason ({@code bad-credentials},
 * {@code locked}, {@code disabled}, {@code other}) but <em>not</em> the name that was tried: people type their
 * password into the name field often enough that the name tried is personal data at best and a password at worst.
 * The origin is what reveals an attack; the account's lockout counts the failures per account.
 */
@Component
class AuthenticationAuditListener {

    private final AuditLog audit;

    AuthenticationAuditListener(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void succeeded(InteractiveAuthenticationSuccessEvent event) {
        audit.record(caller(event.getAuthentication()), "login.succeeded", null, null, Map.of());
    }

    @EventListener
    void loggedOut(LogoutSuccessEvent event) {
        audit.record(caller(event.getAuthentication()), "logout", null, null, Map.of());
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String reason = switch (event) {
            case AuthenticationFailureBadCredentialsEvent bad -> "bad-credentials";
            case AuthenticationFailureLockedEvent locked -> "locked";
            case AuthenticationFailureDisabledEvent disabled -> "disabled";
            default -> "other";
        };
        audit.record(Caller.anonymous(), "login.failed", null, null, Map.of("reason", reason), "refused");
    }

    private static Caller caller(Authentication authentication) {
        return Caller.of(authentication.getName(), authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).filter(Objects::nonNull).toList());
    }
}
