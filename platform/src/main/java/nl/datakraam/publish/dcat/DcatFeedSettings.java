// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.publish.dcat;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code datakraam.publish.dcat.*}.
 *
 * @param pageSize datasets per page of the public DCAT feed ({@code /catalog?page=n}), 1 to 1000
 */
@Validated
@ConfigurationProperties("datakraam.publish.dcat")
public record DcatFeedSettings(@Min(1) @Max(1000) int pageSize) {
}
