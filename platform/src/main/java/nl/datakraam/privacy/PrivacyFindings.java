// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

import java.util.List;
import java.util.UUID;
import nl.datakraam.access.AccessLevel;
import nl.datakraam.access.AuditLog;
import nl.datakraam.access.Authorization;
import nl.datakraam.access.Caller;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.Dataset;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.catalog.DatasetVersion;
import nl.datakraam.privacy.infra.FindingsStore;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import org.springframework.stereotype.Service;

/**
 * The personal-data findings of dataset versions. Findings say something about data that may not be public, so only
 * those who may edit the dataset, the beheerder and the functionaris-gegevensbescherming see them; to anyone else
 * they answer as a dataset that does not exist. Thread-safe.
 */
@Service
public class PrivacyFindings {

    private final Catalog catalog;
    private final Authorization authorization;
    private final AuditLog audit;
    private final FindingsStore store;

    PrivacyFindings(Catalog catalog, Authorization authorization, AuditLog audit, FindingsStore store) {
        this.catalog = catalog;
        this.authorization = authorization;
        this.audit = audit;
        this.store = store;
    }

    /**
     * The findings of one version, for the platform's own use (the publication gate): no caller is checked. Empty
     * when the version has not been scanned or nothing was found; {@link #scanned} tells the two apart.
     */
    public List<PrivacyFinding> of(DatasetId id, UUID versionId) {
        return store.findings(versionId);
    }

    /**
     * The findings of the dataset's current version.
     *
     * @throws PlatformException {@link ErrorCode#DATASET_NOT_FOUND} when the dataset is absent, not readable by the
     *     caller, or the caller may not see its findings ({@link #maySee})
     */
    public List<PrivacyFinding> current(DatasetId id, Caller caller) {
        return report(id, caller).findings();
    }

    /** Whether the version's scan has finished. */
    public boolean scanned(UUID versionId) {
        return store.scanned(versionId);
    }

    /**
     * The scan of the dataset's current version; a read of a non-public dataset's findings is recorded in the audit
     * log ({@code privacy.findings}).
     *
     * @throws PlatformException as {@link #current}
     */
    public PrivacyReport report(DatasetId id, Caller caller) {
        Dataset dataset = catalog.get(id, caller);
        if (!maySee(dataset, caller)) {
            throw new PlatformException(ErrorCode.DATASET_NOT_FOUND, "No dataset " + id + " that you may see.",
                    java.util.Map.of("datasetId", id.toString()));
        }
        DatasetVersion version = dataset.currentVersion();
        if (version == null) {
            return PrivacyReport.pending(null);
        }
        if (dataset.accessLevel() != AccessLevel.OPENBAAR) {
            audit.recordRead(caller, "privacy.findings", id.value(), version.id(), dataset.accessLevel());
        }
        return store.report(version.id()).orElseGet(() -> PrivacyReport.pending(version.id()));
    }

    /**
     * Whether the caller may see the findings of a dataset it may read: the beheerder, the
     * functionaris-gegevensbescherming, and whoever may edit the dataset.
     */
    public boolean maySee(Dataset dataset, Caller caller) {
        return caller.hasRole(Caller.ROLE_ADMINISTRATOR) || caller.hasRole(Caller.ROLE_PRIVACY_OFFICER)
                || authorization.mayEdit(caller, dataset.id().value(), dataset.accessLevel());
    }
}
