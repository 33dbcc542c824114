// SPDX-License-Identifier: EUPL-1.2
/**
 * Deliberately tiny: the error vocabulary every module shares ({@link nl.datakraam.shared.ErrorCode},
 * {@link nl.datakraam.shared.PlatformException} and its few subclasses). Nothing with behaviour lives here.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package nl.datakraam.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
