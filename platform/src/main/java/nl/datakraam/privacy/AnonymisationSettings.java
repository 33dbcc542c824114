// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code datakraam.privacy.anonymisation.*}.
 *
 * @param pseudonymKeyFile  the secret of keyed pseudonyms (base64, 32 bytes); created on first use, readable by its
 *                          owner only. Keep it outside the data directory's blob store, back it up apart from the
 *                          data: without it no pseudonym can be matched again, with it anyone can test guesses
 * @param duckdbMemoryLimit memory DuckDB may use while anonymising one version; beyond it, it spills
 * @param duckdbThreads     threads DuckDB may use for it
 * @param sampleRows        rows of the anonymised table a preview shows
 */
@Validated
@ConfigurationProperties("datakraam.privacy.anonymisation")
public record AnonymisationSettings(@NotNull Path pseudonymKeyFile,
        @NotNull @DefaultValue("512MB") DataSize duckdbMemoryLimit, @Positive @DefaultValue("2") int duckdbThreads,
        @Positive @DefaultValue("20") int sampleRows) {
}
