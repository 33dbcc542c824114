// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import org.jspecify.annotations.Nullable;

/**
 * The checks on account, user group and API key input, and the fault that names the field
 * ({@link ErrorCode#ACCOUNT_INVALID}, details {@code field} and {@code problem}, texts {@code error.account.invalid}).
 */
final class AccountValidation {

    /** Ids of accounts and user groups. */
    static final Pattern ID = Pattern.compile("[a-z0-9._-]{2,64}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private AccountValidation() {
    }

    /** The fault for {@code field}; {@code facts} are further details (limits, allowed values). */
    static PlatformException invalid(String field, String problem, Object... facts) {
        Map<String, Object> details = new HashMap<>();
        details.put("field", field);
        details.put("problem", problem);
        for (int i = 0; i + 1 < facts.length; i += 2) {
            details.put((String) facts[i], facts[i + 1]);
        }
        return new PlatformException(ErrorCode.ACCOUNT_INVALID, english(field, problem, details), details);
    }

    private static String english(String field, String problem, Map<String, Object> details) {
        return field + ": " + switch (problem) {
            case "required" -> "this is required.";
            case "too-long" -> "this may have at most " + details.get("maxLength") + " characters.";
            case "too-short" -> "this must have at least " + details.get("minLength") + " characters.";
            case "pattern" -> "use 2 to 64 lower-case letters, digits, '.', '_' or '-'.";
            case "reserved" -> "'" + details.get("value") + "' is reserved (the bootstrap token's sign-in name, or the "
                    + "name of the public); choose another.";
            case "last-administrator" -> "this is the last enabled administrator; make another account administrator"
                    + " first.";
            case "email" -> "give an e-mail address such as naam@provincie.nl.";
            case "not-in-list" -> "'" + details.get("value") + "' is not one of: " + details.get("allowed") + ".";
            case "empty" -> "give at least one value.";
            case "partner-needs-organisation" -> "an account with role partner needs its partner organisation.";
            case "only-for-partner" -> "only an account with role partner has an organisation.";
            case "write-not-allowed" -> "a write key is only for accounts that may change data (beheerder,"
                    + " data-eigenaar); use scope read.";
            case "not-in-future" -> "this must lie in the future.";
            case "too-far" -> "this may lie at most " + details.get("maxDays") + " days ahead.";
            case "form" -> "this has the wrong form; expected " + details.get("expected") + ".";
            default -> "this value is not valid.";
        };
    }

    /** {@code value} stripped; it must be present and at most {@code maxLength} characters. */
    static String text(String field, @Nullable String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw invalid(field, "required");
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw invalid(field, "too-long", "maxLength", maxLength);
        }
        return stripped;
    }

    static String id(String field, @Nullable String value) {
        String id = text(field, value, 64);
        if (!ID.matcher(id).matches()) {
            throw invalid(field, "pattern");
        }
        return id;
    }

    /** An e-mail address, or null when absent or blank. */
    static @Nullable String email(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String email = text("email", value, 320);
        if (!EMAIL.matcher(email).matches()) {
            throw invalid("email", "email");
        }
        return email;
    }

    static String password(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            throw invalid("password", "required");
        }
        if (value.length() < Accounts.MIN_PASSWORD_LENGTH) {
            throw invalid("password", "too-short", "minLength", Accounts.MIN_PASSWORD_LENGTH);
        }
        if (value.length() > 500) {
            throw invalid("password", "too-long", "maxLength", 500);
        }
        return value;
    }

    /** The values of a list member, each one of {@code allowed}; an absent list is empty. */
    static Set<String> choices(String field, @Nullable List<String> values, List<String> allowed) {
        Set<String> chosen = new LinkedHashSet<>();
        for (String value : values == null ? List.<String>of() : values) {
            String stripped = value == null ? "" : value.strip();
            if (!allowed.contains(stripped)) {
                throw invalid(field, "not-in-list", "value", stripped, "allowed", new ArrayList<>(allowed));
            }
            chosen.add(stripped);
        }
        return chosen;
    }

    /**
     * The organisation an account with {@code roles} has: required for a partner, absent otherwise.
     */
    static @Nullable String organisation(@Nullable String value, Set<String> roles) {
        boolean partner = roles.contains(Caller.ROLE_PARTNER);
        if (value == null || value.isBlank()) {
            if (partner) {
                throw invalid("organisation", "partner-needs-organisation");
            }
            return null;
        }
        if (!partner) {
            throw invalid("organisation", "only-for-partner");
        }
        return text("organisation", value, 200);
    }
}
