// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access.infra;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import nl.datakraam.access.Accounts;
import nl.datakraam.access.Caller;
import nl.datakraam.access.LoginSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.stereotype.Component;

/**
 * Form sign-in ({@code /inloggen}): a local account with its password ({@link Accounts#signIn}), or
 * {@code beheerder} with the bootstrap token. Both lock after the configured number of failures in a row (the
 * bootstrap login's count is kept in this node's memory). The authentication carries {@link Caller#authorities()} and
 * the account id as its name. Every refusal is the same {@link BadCredentialsException}, so the page never tells
 * whether an account exists, is disabled or is locked.
 */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {

    private final Accounts accounts;
    private final BootstrapToken token;
    private final LoginSettings settings;
    private final Clock clock;
    private int bootstrapFailures;
    private @Nullable Instant bootstrapLockedUntil;

    AccountAuthenticationProvider(Accounts accounts, BootstrapToken token, LoginSettings settings, Clock clock) {
        this.accounts = accounts;
        this.token = token;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String name = authentication.getName() == null ? "" : authentication.getName().strip();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        Optional<Caller> caller = Accounts.BOOTSTRAP_LOGIN.equals(name) ? bootstrap(password)
                : accounts.signIn(name, password);
        if (caller.isEmpty()) {
            throw new BadCredentialsException("Wrong user name or password, or the account is locked or disabled");
        }
        return UsernamePasswordAuthenticationToken.authenticated(caller.get().id(), null,
                AuthorityUtils.createAuthorityList(caller.get().authorities()));
    }

    private synchronized Optional<Caller> bootstrap(String password) {
        Instant now = clock.instant();
        if (bootstrapLockedUntil != null && bootstrapLockedUntil.isAfter(now)) {
            return Optional.empty();
        }
        if (token.matches(password)) {
            bootstrapFailures = 0;
            return Optional.of(Caller.administrator(Accounts.BOOTSTRAP_LOGIN));
        }
        bootstrapFailures++;
        if (bootstrapFailures >= settings.lockout().maxAttempts()) {
            bootstrapFailures = 0;
            bootstrapLockedUntil = now.plus(settings.lockout().duration());
        }
        return Optional.empty();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
