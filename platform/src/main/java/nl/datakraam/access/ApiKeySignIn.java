// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access;

/**
 * A request signed in with an API key: its owner's caller (current roles, groups and organisation) and the key's
 * scope.
 */
public record ApiKeySignIn(Caller caller, ApiKeyScope scope) {
}
