// SPDX-License-Identifier: EUPL-1.2
/**
 * Messages as data, for the steward's reports in any language: a {@link nl.datakraam.lib.messages.MessageCode} is a
 * stable key with an English template, a {@link nl.datakraam.lib.messages.Message} a code with its named arguments,
 * and {@link nl.datakraam.lib.messages.MessageTemplate} the one template syntax that renders both the libraries'
 * English and the platform's Dutch and English bundles. No Spring, no I/O; the other libraries depend on this one
 * only, and it on none of them.
 */
@NullMarked
package nl.datakraam.lib.messages;

import org.jspecify.annotations.NullMarked;
