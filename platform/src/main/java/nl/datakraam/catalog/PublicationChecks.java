// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.datakraam.access.AccessLevel;
import nl.datakraam.access.DatasetGrant;
import nl.datakraam.lib.messages.Message;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.GateCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.Reason;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Asks every {@link PublicationCheck} before a change exposes a dataset further, and refuses with all their reasons.
 * Stateless; the checks are looked up on each call so that every bean of the type counts.
 */
@Component
class PublicationChecks {

    /** The kinds of change the gate guards, as {@link GateCode#REFUSED}'s {@code change} says them. */
    static final String OPENBAAR = "openbaar";
    static final String SHARE = "share";

    private final ObjectProvider<PublicationCheck> checks;

    PublicationChecks(ObjectProvider<PublicationCheck> checks) {
        this.checks = checks;
    }

    /**
     * Checks a change of access level from {@code dataset.accessLevel()} to {@code target}: to {@code openbaar} from
     * anything else, or from {@code vertrouwelijk} to {@code intern}/{@code beperkt} while organisation grants exist
     * (which then start to count).
     *
     * @param grants the dataset's grants now
     * @throws PlatformException {@link ErrorCode#PUBLICATION_REFUSED} with every reason, when any check objects
     */
    void checkLevel(Dataset dataset, AccessLevel target, Collection<DatasetGrant> grants) {
        if (target == dataset.accessLevel()) {
            return;
        }
        if (target == AccessLevel.OPENBAAR) {
            refuseIfAny(OPENBAAR, dataset, reasons(dataset, target, null));
        } else if (dataset.accessLevel() == AccessLevel.VERTROUWELIJK) {
            List<String> organisations = organisations(grants);
            if (!organisations.isEmpty()) {
                refuseIfAny(SHARE, dataset, reasons(dataset, target, organisations));
            }
        }
    }

    /**
     * Checks new organisation grants on a dataset where they count ({@code intern}, {@code beperkt}).
     *
     * @throws PlatformException {@link ErrorCode#PUBLICATION_REFUSED} with every reason, when any check objects
     */
    void checkGrants(Dataset dataset, Collection<DatasetGrant> before, Collection<DatasetGrant> after) {
        if (dataset.accessLevel() == AccessLevel.OPENBAAR || dataset.accessLevel() == AccessLevel.VERTROUWELIJK) {
            return;
        }
        List<String> added = new ArrayList<>(organisations(after));
        added.removeAll(organisations(before));
        if (!added.isEmpty()) {
            refuseIfAny(SHARE, dataset, reasons(dataset, dataset.accessLevel(), added));
        }
    }

    private List<Reason> reasons(Dataset dataset, AccessLevel target, @Nullable List<String> organisations) {
        List<Reason> reasons = new ArrayList<>();
        checks.orderedStream().forEach(check -> {
            List<GateReason> given = organisations == null ? check.reasonsAgainst(dataset, target)
                    : check.reasonsAgainstSharing(dataset, organisations);
            given.forEach(r -> reasons.add(new Reason(r.code(), r.reason(), r.action(), null)));
        });
        return reasons;
    }

    private static void refuseIfAny(String change, Dataset dataset, List<Reason> reasons) {
        if (!reasons.isEmpty()) {
            throw refused(change, List.of(dataset.title()), reasons);
        }
    }

    /** The refusal of a change of these datasets for these reasons ({@link GateCode#REFUSED}). */
    static PlatformException refused(String change, List<String> titles, List<Reason> reasons) {
        return new PlatformException(ErrorCode.PUBLICATION_REFUSED, Message.of(GateCode.REFUSED, Map.of("change",
                change, "datasets", List.copyOf(new LinkedHashSet<>(titles)), "count", reasons.size())), reasons);
    }

    private static List<String> organisations(Collection<DatasetGrant> grants) {
        Set<String> ids = new LinkedHashSet<>();
        grants.stream().filter(g -> g.kind() == DatasetGrant.Kind.ORGANISATION).forEach(g -> ids.add(g.id()));
        return List.copyOf(ids);
    }
}
