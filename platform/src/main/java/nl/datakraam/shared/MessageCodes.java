// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.datakraam.lib.geo.GeoCode;
import nl.datakraam.lib.messages.MessageCode;
import nl.datakraam.lib.tabular.TabularCode;

/**
 * The one list of every code a steward can meet on an ingest issue or a failed job — those of {@code libs/tabular},
 * of {@code libs/geo} and the platform's own {@link IssueCode}s — and in a problem: fetching from a URL
 * ({@link FetchCode}), privacy registers and retention ({@link PrivacyCode}), the SQL sandbox ({@link QueryCode}),
 * request parameters ({@link RequestCode}) and the datalab ({@link MapCode}, {@link DatalabCode}). Each has the texts
 * {@code issue.<key>} in
 * {@code messages.properties} (Dutch) and {@code messages_en.properties} (English); a test checks that.
 */
public final class MessageCodes {

    private static final List<MessageCode> ALL;

    static {
        List<MessageCode> all = new ArrayList<>();
        all.addAll(Arrays.asList(TabularCode.values()));
        all.addAll(Arrays.asList(GeoCode.values()));
        all.addAll(Arrays.asList(IssueCode.values()));
        all.addAll(Arrays.asList(FetchCode.values()));
        all.addAll(Arrays.asList(HarvestCode.values()));
        all.addAll(Arrays.asList(QueryCode.values()));
        all.addAll(Arrays.asList(RequestCode.values()));
        all.addAll(Arrays.asList(MapCode.values()));
        all.addAll(Arrays.asList(DatalabCode.values()));
        all.addAll(Arrays.asList(PrivacyCode.values()));
        all.addAll(Arrays.asList(GateCode.values()));
        ALL = List.copyOf(all);
    }

    private MessageCodes() {
    }

    /** Every code, libraries' first; keys are unique across the list. */
    public static List<MessageCode> all() {
        return ALL;
    }
}
