// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

/** The metadata store contract on the embedded default, H2 in PostgreSQL mode (shares the end-to-end context). */
class MetadataStoreH2IT extends MetadataStoreContract {
}
