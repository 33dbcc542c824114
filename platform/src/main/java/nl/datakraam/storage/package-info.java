// SPDX-License-Identifier: EUPL-1.2
/**
 * The blob store: raw uploads kept unaltered and content-addressed by SHA-256, and the derived files (Parquet, CSV)
 * of each dataset version. Local directory under the data directory; an S3-compatible store later, selected by
 * configuration. Knows nothing about datasets beyond the ids it is given.
 */
@NullMarked
@ApplicationModule(allowedDependencies = "shared")
package nl.datakraam.storage;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
