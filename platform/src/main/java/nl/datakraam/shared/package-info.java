// SPDX-License-Identifier: EUPL-1.2
/**
 * Deliberately tiny: the error vocabulary every module shares — {@link nl.datakraam.shared.ErrorCode},
 * {@link nl.datakraam.shared.PlatformException} and its few subclasses, the codes of ingest issues and job failures
 * ({@link nl.datakraam.shared.IssueCode}, all listed by {@link nl.datakraam.shared.MessageCodes}) — and the one
 * place that says them in the reader's language, {@link nl.datakraam.shared.LocalisedMessages}. That one piece of
 * behaviour lives here because every module that shows an issue or an error needs it and none may own it.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package nl.datakraam.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
