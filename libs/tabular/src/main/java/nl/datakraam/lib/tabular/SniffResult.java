// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import java.util.List;

/** The dialect {@link CsvSniffer} found, with what the steward should know about how it was found. */
record SniffResult(CsvDialect dialect, List<Issue> issues) {

    SniffResult {
        issues = List.copyOf(issues);
    }
}
