// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access.infra;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are hashed: Argon2id with Spring Security's current defaults (BouncyCastle), stored as
 * {@code {argon2}$argon2id$...}. The id prefix lets a later default take over, hashes being upgraded at the next
 * sign-in. Also for the command line, so not bound to the web application.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    static final String ARGON2 = "argon2";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(ARGON2,
                Map.of(ARGON2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    }
}
