// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code datakraam.privacy.*}.
 *
 * @param maxRowsScanned rows the detectors read of a version: every row up to this many, else a repeatable reservoir
 *                       sample of exactly this many (a field whose personal data lies in fewer than about 1 in
 *                       10,000 rows of a larger version may then be missed; docs/privacy-detectors.md)
 */
@Validated
@ConfigurationProperties("datakraam.privacy")
public record PrivacySettings(@Positive @DefaultValue("100000") long maxRowsScanned) {
}
