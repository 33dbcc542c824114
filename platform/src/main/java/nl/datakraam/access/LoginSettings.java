// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in with a password ({@code datakraam.login.*}).
 *
 * @param lockout when failed attempts lock an account
 */
@ConfigurationProperties("datakraam.login")
public record LoginSettings(@DefaultValue Lockout lockout) {

    /**
     * @param maxAttempts failed attempts in a row that lock the account (default 5)
     * @param duration    how long it stays locked (default 15 minutes); an administrator may unlock it earlier
     */
    public record Lockout(@DefaultValue("5") int maxAttempts, @DefaultValue("15m") Duration duration) {
    }
}
