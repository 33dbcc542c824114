// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy.infra;

/** The store of privacy scans on the embedded default, H2 in PostgreSQL mode (shares the end-to-end context). */
class FindingsStoreH2IT extends FindingsStoreContract {
}
