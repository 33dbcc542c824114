// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.mqa;

import org.jspecify.annotations.Nullable;

/**
 * Whether a URL answered an anonymous HTTP request, as the MQA's accessURL and downloadURL indicators need.
 *
 * @param url    the URL; null when there was none to check
 * @param status REACHABLE: the final HTTP status was 2xx or 3xx; UNREACHABLE: another status or no answer;
 *               NOT_CHECKED: not asked (see {@code detail})
 * @param code   the HTTP status code; null without an answer or when not checked
 * @param detail why it was unreachable or not checked, in English (e.g. {@code connect timed out}); null otherwise
 */
public record Reachability(@Nullable String url, Status status, @Nullable Integer code, @Nullable String detail) {

    public enum Status { REACHABLE, UNREACHABLE, NOT_CHECKED }

    public static Reachability reachable(String url, int code) {
        return new Reachability(url, Status.REACHABLE, code, null);
    }

    public static Reachability unreachable(String url, @Nullable Integer code, String detail) {
        return new Reachability(url, Status.UNREACHABLE, code, detail);
    }

    public static Reachability notChecked(@Nullable String url, String why) {
        return new Reachability(url, Status.NOT_CHECKED, null, why);
    }

    public boolean isReachable() {
        return status == Status.REACHABLE;
    }
}
