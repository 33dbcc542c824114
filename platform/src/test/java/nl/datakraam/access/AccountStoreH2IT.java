// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access;

/** The account store contract on the embedded default, H2 in PostgreSQL mode (shares the end-to-end context). */
class AccountStoreH2IT extends AccountStoreContract {
}
