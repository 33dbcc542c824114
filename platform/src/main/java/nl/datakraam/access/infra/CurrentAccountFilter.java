// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access.infra;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import nl.datakraam.access.Account;
import nl.datakraam.access.Accounts;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a signed-in browser session of a local account in step with the account: on every request of a session
 * signed in with a password, the account is read again (one query by primary key); a disabled or deleted account's
 * session ends at once (the request goes on as anonymous), and changed roles, groups or organisation take effect on
 * the next request instead of at the next sign-in. API keys are checked per request anyway; OIDC sessions carry
 * what the provider said at sign-in; the bootstrap login has no account.
 */
class CurrentAccountFilter extends OncePerRequestFilter {

    private final Accounts accounts;
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    CurrentAccountFilter(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && signedIn instanceof UsernamePasswordAuthenticationToken && signedIn.isAuthenticated()
                && !Accounts.BOOTSTRAP_LOGIN.equals(signedIn.getName())) {
            Optional<Account> account = accounts.find(signedIn.getName()).filter(Account::enabled);
            if (account.isEmpty()) {
                SecurityContextHolder.clearContext();
                session.invalidate();
            } else {
                List<String> current = account.get().caller().authorities().stream().sorted().toList();
                if (!current.equals(signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted()
                        .toList())) {
                    var context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(signedIn.getName(),
                            null, AuthorityUtils.createAuthorityList(current)));
                    SecurityContextHolder.setContext(context);
                    sessions.saveContext(context, request, response);
                }
            }
        }
        chain.doFilter(request, response);
    }
}
