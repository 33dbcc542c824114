// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access;

/**
 * A user group: accounts that per-dataset grants address together.
 *
 * @param id   {@code [a-z0-9._-]{2,64}}, e.g. {@code team-water}
 * @param name display name
 */
public record UserGroup(String id, String name) {
}
