// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access;

/**
 * A key just made: the only time its full value is known.
 *
 * @param secret the whole key, {@code dk_<id>_<secret>}, to send as {@code Authorization: Bearer <secret>}
 */
public record IssuedApiKey(ApiKey key, String secret) {
}
