// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.datakraam.access.Caller;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.RequestCode;
import org.jspecify.annotations.Nullable;

/** What the registers share: how they refuse a caller, and how they read the datasets a request links. */
final class PrivacyRules {

    private PrivacyRules() {
    }

    /** 401 {@code access.login-required} for the public, else 403 {@code access.not-allowed}. */
    static PlatformException denied(Caller caller, String what) {
        if (caller.isAnonymous()) {
            return new PlatformException(ErrorCode.LOGIN_REQUIRED, "Sign in to " + what + ".");
        }
        return new PlatformException(ErrorCode.NOT_ALLOWED, "You may not " + what + ".",
                Map.of("caller", caller.id()));
    }

    /**
     * The datasets a request links, without blanks and repeats; {@code present} when {@code values} is null. A
     * dataset not linked before must be one the caller may read.
     *
     * @throws PlatformException {@code invalid} ({@link RequestCode#FORM}, parameter {@code datasets}) for a value
     *     that is not a UUID; {@link ErrorCode#DATASET_NOT_FOUND} for a dataset the caller may not read
     */
    static List<DatasetId> datasets(@Nullable List<String> values, List<DatasetId> present, Caller caller,
            Catalog catalog, ErrorCode invalid) {
        if (values == null) {
            return present;
        }
        Set<DatasetId> ids = new LinkedHashSet<>();
        for (String value : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            DatasetId id;
            try {
                id = new DatasetId(UUID.fromString(value.strip()));
            } catch (IllegalArgumentException e) {
                throw new PlatformException(invalid, RequestCode.FORM, Map.of("parameter", "datasets", "expected",
                        "uuid"));
            }
            if (!present.contains(id)) {
                catalog.get(id, caller); // 404 for a dataset the caller may not read
            }
            ids.add(id);
        }
        return List.copyOf(ids);
    }
}
