// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code datakraam.privacy.*}.
 *
 * @param questionnaireDirectory    a folder with further questionnaire versions ({@code <id>-v<version>.json});
 *                                  null: the built-in ones only
 * @param retentionDeletionInterval how often the scheduled job deletes expired raw data (never a current version);
 *                                  null: only a beheerder's action deletes
 */
@Validated
@ConfigurationProperties("datakraam.privacy")
public record PrivacySettings(@Nullable Path questionnaireDirectory, @Nullable Duration retentionDeletionInterval) {
}
