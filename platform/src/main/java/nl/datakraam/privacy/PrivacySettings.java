// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

import jakarta.validation.constraints.Positive;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code datakraam.privacy.*}.
 *
 * @param maxRowsScanned            rows the detectors read of a version: every row up to this many, else a repeatable
 *                                  reservoir sample of exactly this many (a field whose personal data lies in fewer
 *                                  than about 1 in 10,000 rows of a larger version may then be missed;
 *                                  docs/privacy-detectors.md)
 * @param questionnaireDirectory    a folder with further questionnaire versions ({@code <id>-v<version>.json});
 *                                  null: the built-in ones only
 * @param retentionDeletionInterval how often the scheduled job deletes expired raw data (never a current version);
 *                                  null: only a beheerder's action deletes
 */
@Validated
@ConfigurationProperties("datakraam.privacy")
public record PrivacySettings(@Positive @DefaultValue("100000") long maxRowsScanned,
        @Nullable Path questionnaireDirectory, @Nullable Duration retentionDeletionInterval) {
}
