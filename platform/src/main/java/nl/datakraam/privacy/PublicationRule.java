// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.datakraam.catalog.Dataset;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.catalog.DatasetVersion;
import nl.datakraam.catalog.GateReason;
import org.jspecify.annotations.Nullable;

/**
 * The privacy rule of the publication gate (issue 9): a dataset whose current version has unhandled personal-data
 * findings (or has not been scanned yet) cannot become {@code openbaar} or be shared with a partner organisation; nor
 * can a dataset that holds or derives from personal data without an approved assessment. The anonymised copy of a
 * personal dataset therefore can, once its own current version scans clean and an assessment linked to the copy or to
 * its source is approved. A dataset without data (a harvested record, a first ingest still running) gives no
 * reason: only its metadata would be shown.
 *
 * <p>The reasons, all given at once, in this order: {@link PrivacyCode#NOT_SCANNED} or {@link PrivacyCode#FINDINGS}
 * (count, detector codes and field names; never values), then {@link PrivacyCode#ASSESSMENT}. Which datasets need an
 * assessment: with {@code assessmentForEveryDataset} every dataset with data; otherwise (the default) those with
 * findings, not yet scanned, or anonymised copies (derived from personal data).
 *
 * <p>The facts come in as functions, so that the rule does not depend on how findings, scans and assessments are
 * stored: {@code PrivacyFindings.of}, {@code PrivacyFindings.scanned}, {@code Assessments.approvedFor} and
 * {@link Anonymisation#sourceOf}. Each is called at most once per question. Thread-safe if they are.
 */
public final class PublicationRule {

    /** One unhandled finding, as the rule needs it: where (null for the file as a whole) and which detector. */
    public record Finding(@Nullable String field, String detector) {
    }

    /** The dataset an anonymised copy was made from. */
    public record Source(DatasetId id, String title) {
    }

    private final BiFunction<DatasetId, UUID, List<Finding>> findings;
    private final Predicate<UUID> scanned;
    private final Predicate<DatasetId> approved;
    private final Function<DatasetId, Optional<Source>> sourceOf;
    private final boolean assessmentForEveryDataset;

    /**
     * @param findings                  the unhandled findings of a dataset's version
     * @param scanned                   whether a version has been scanned
     * @param approved                  whether an approved assessment is linked to a dataset
     * @param sourceOf                  for an anonymised copy, its source; empty for any other dataset
     * @param assessmentForEveryDataset whether every dataset with data needs an approved assessment
     */
    public PublicationRule(BiFunction<DatasetId, UUID, List<Finding>> findings, Predicate<UUID> scanned,
            Predicate<DatasetId> approved, Function<DatasetId, Optional<Source>> sourceOf,
            boolean assessmentForEveryDataset) {
        this.findings = findings;
        this.scanned = scanned;
        this.approved = approved;
        this.sourceOf = sourceOf;
        this.assessmentForEveryDataset = assessmentForEveryDataset;
    }

    /** Why the dataset may not become {@code openbaar} or be shared with a partner now; empty when it may. */
    public List<GateReason> reasonsAgainst(Dataset dataset) {
        DatasetVersion version = dataset.currentVersion();
        if (version == null) {
            return List.of();
        }
        List<GateReason> reasons = new ArrayList<>();
        boolean personal = assessmentForEveryDataset;
        if (!scanned.test(version.id())) {
            reasons.add(GateReason.of(PrivacyCode.NOT_SCANNED, PrivacyCode.NOT_SCANNED_ACTION, Map.of()));
            personal = true;
        } else {
            List<Finding> found = findings.apply(dataset.id(), version.id());
            if (!found.isEmpty()) {
                reasons.add(GateReason.of(PrivacyCode.FINDINGS, PrivacyCode.FINDINGS_ACTION, Map.of(
                        "count", found.size(),
                        "detectors", List.copyOf(new TreeSet<>(found.stream().map(Finding::detector).toList())),
                        "fields", List.copyOf(new TreeSet<>(found.stream().map(Finding::field)
                                .filter(Objects::nonNull).toList())))));
                personal = true;
            }
        }
        Optional<Source> source = sourceOf.apply(dataset.id());
        personal |= source.isPresent();
        boolean assessed = approved.test(dataset.id()) || source.map(s -> approved.test(s.id())).orElse(false);
        if (personal && !assessed) {
            reasons.add(GateReason.of(PrivacyCode.ASSESSMENT, PrivacyCode.ASSESSMENT_ACTION,
                    Map.of("source", source.map(Source::title).orElse("none"))));
        }
        return reasons;
    }
}
