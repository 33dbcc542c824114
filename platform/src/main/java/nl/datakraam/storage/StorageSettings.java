// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.storage;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code datakraam.storage.*}.
 *
 * @param directory root of the blob store; raw uploads under {@code raw/}, derived files under {@code datasets/}
 */
@Validated
@ConfigurationProperties("datakraam.storage")
public record StorageSettings(@NotNull Path directory) {
}
