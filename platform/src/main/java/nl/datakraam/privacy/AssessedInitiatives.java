// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

/**
 * The indicator "number of assessed initiatives": initiatives with at least one approved assessment, of all
 * initiatives.
 *
 * @param share {@code assessed / total} between 0 and 1; 0 when there are no initiatives
 */
public record AssessedInitiatives(long assessed, long total, double share) {

    static AssessedInitiatives of(long assessed, long total) {
        return new AssessedInitiatives(assessed, total, total == 0 ? 0 : (double) assessed / total);
    }
}
