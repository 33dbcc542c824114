// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import nl.datakraam.access.BootstrapSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The administrator token: from the environment, else generated once and kept in the token file. */
@Component
class BootstrapToken {

    private static final Logger log = LoggerFactory.getLogger(BootstrapToken.class);

    private final String value;

    BootstrapToken(BootstrapSettings settings) {
        String configured = settings.token();
        this.value = configured != null && !configured.isBlank() ? configured.strip() : readOrGenerate(settings);
    }

    private static String readOrGenerate(BootstrapSettings settings) {
        var file = settings.tokenFile().toAbsolutePath();
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String token = HexFormat.of().formatHex(random);
            Files.createDirectories(file.getParent());
            Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the data directory's own permissions protect the file.
            }
            log.info("No DATAKRAAM_BOOTSTRAP_TOKEN set: generated an administrator token in {}", file);
            return token;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the bootstrap token file " + file
                    + "; set DATAKRAAM_BOOTSTRAP_TOKEN or make the data directory writable", e);
        }
    }

    String value() {
        return value;
    }

    boolean matches(String candidate) {
        return MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8),
                candidate.getBytes(StandardCharsets.UTF_8));
    }
}
