// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.RequestCode;
import org.jspecify.annotations.Nullable;

/**
 * One grant on a dataset: who, beyond what their roles allow, may read it (issue 6). A grant to a user group or a
 * partner organisation counts for datasets of level {@code intern} and {@code beperkt}; a grant to an account counts
 * for every level, {@code vertrouwelijk} included ({@link Authorization#mayRead}).
 *
 * @param kind whom the grant names
 * @param id   the group id, the organisation id or the account id; never blank
 */
public record DatasetGrant(Kind kind, String id) {

    /** Longest grantee id, as the {@code dataset_grant.grantee_id} column holds it. */
    public static final int MAX_ID_LENGTH = 200;

    /** Whom a grant names. */
    public enum Kind {
        /** A user group ({@link Caller#groups()}). */
        GROUP,
        /** A partner organisation ({@link Caller#organisation()}). */
        ORGANISATION,
        /** One account ({@link Caller#id()}). */
        ACCOUNT;

        /** The wire value: {@code group}, {@code organisation}, {@code account}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The kind of a wire value (exact, lower case), or null. */
        public static @Nullable Kind ofCode(@Nullable String code) {
            return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst().orElse(null);
        }
    }

    public DatasetGrant {
        if (id.isBlank()) {
            throw new IllegalArgumentException("a grant names a grantee");
        }
    }

    /** An account grant, e.g. the one the creator of a dataset gets. */
    public static DatasetGrant account(String accountId) {
        return new DatasetGrant(Kind.ACCOUNT, accountId);
    }

    /**
     * The grant at position {@code index} of a request's {@code grants} list, checked.
     *
     * @throws PlatformException {@link ErrorCode#INVALID_PARAMETER}, naming {@code grants[index].kind} or
     *     {@code grants[index].id}: {@link RequestCode#CHOICE} for a kind other than {@code group},
     *     {@code organisation} or {@code account}; {@link RequestCode#MISSING} for a missing or blank id;
     *     {@link RequestCode#LENGTH} for an id over {@value #MAX_ID_LENGTH} characters
     */
    public static DatasetGrant parse(int index, @Nullable String kind, @Nullable String id) {
        String at = "grants[" + index + "]";
        Kind parsed = Kind.ofCode(kind);
        if (parsed == null) {
            throw new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.CHOICE, Map.of("parameter",
                    at + ".kind", "allowed", Arrays.stream(Kind.values()).map(Kind::code).toList()));
        }
        if (id == null || id.isBlank()) {
            throw new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.MISSING,
                    Map.of("parameter", at + ".id"));
        }
        String stripped = id.strip();
        if (stripped.length() > MAX_ID_LENGTH) {
            throw new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.LENGTH, Map.of("parameter",
                    at + ".id", "minLength", 1, "maxLength", MAX_ID_LENGTH, "length", stripped.length()));
        }
        return new DatasetGrant(parsed, stripped);
    }
}
