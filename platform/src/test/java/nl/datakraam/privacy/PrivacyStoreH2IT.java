// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

/** The privacy stores' contract on the embedded default, H2 in PostgreSQL mode (shares the end-to-end context). */
class PrivacyStoreH2IT extends PrivacyStoreContract {
}
