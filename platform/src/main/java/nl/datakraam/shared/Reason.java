// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.shared;

import nl.datakraam.lib.messages.Message;
import org.jspecify.annotations.Nullable;

/**
 * One of several reasons a request is refused, all of which are listed at once (STYLE.md 4.3): a stable code, what
 * is wrong and what to do about it, as coded messages said from {@code issue.<code>} of the bundles in the reader's
 * language ({@link LocalisedMessages#reasons}).
 *
 * @param code    the stable key of the reason, e.g. {@code privacy.gate.findings}
 * @param message what is wrong
 * @param action  what to do about it; null when nothing can be done by the reader
 * @param subject what the reason is about when a request changes several things (a dataset's title in a bulk
 *                edit); null otherwise
 */
public record Reason(String code, Message message, @Nullable Message action, @Nullable String subject) {
}
