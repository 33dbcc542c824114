// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.infra;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.datakraam.access.AccessLevel;
import nl.datakraam.access.Caller;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.Dataset;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.catalog.DatasetVersion;
import nl.datakraam.catalog.DcatRdf;
import nl.datakraam.catalog.Distribution;
import nl.datakraam.catalog.QualityRating;
import nl.datakraam.quality.MqaAssessment;
import nl.datakraam.quality.MqaSettings;
import nl.datakraam.quality.mqa.DcatApValidator;
import nl.datakraam.quality.mqa.Mqa;
import nl.datakraam.quality.mqa.MqaFacts;
import nl.datakraam.quality.mqa.MqaMapping;
import nl.datakraam.quality.mqa.Reachability;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Assesses one dataset's metadata quality now and stores the assessment: reads the dataset through the catalogue
 * facade, checks its distributions' access and download URLs over HTTP, validates its DCAT description and scores
 * it with {@link Mqa}. Costs two HTTP checks per distribution (bounded by the configured timeouts) and one SHACL
 * validation; call it from a background task, never from a request.
 *
 * <p>Only an {@code openbaar} dataset's URLs are requested: anything else is not reachable anonymously by design,
 * so its accessibility indicators score 0 as "not checked: not openbaar" without a request being made.
 */
@Component
public class MqaAssessor {

    /** The catalogue is read as the system, which may read every dataset. */
    private static final Caller SYSTEM = Caller.system("mqa");

    private final Catalog catalog;
    private final MqaAssessments assessments;
    private final MqaSettings settings;
    private final Environment environment;
    private final Clock clock;
    private final UrlChecker urls;
    private final Mqa mqa = new Mqa();
    private final MqaMapping mapping = new MqaMapping();
    private final DcatApValidator dcatAp = new DcatApValidator();

    MqaAssessor(Catalog catalog, MqaAssessments assessments, MqaSettings settings, Environment environment,
            Clock clock) {
        this.catalog = catalog;
        this.assessments = assessments;
        this.settings = settings;
        this.environment = environment;
        this.clock = clock;
        this.urls = new UrlChecker(settings.connectTimeout(), settings.requestTimeout());
    }

    /**
     * The public base URL without trailing slash: the configured one, or this server on loopback; empty when
     * neither is known (a command-line run without web server).
     */
    public Optional<String> baseUrl() {
        String configured = settings.publicBaseUrl();
        if (configured != null && !configured.isBlank()) {
            return Optional.of(configured.strip().replaceAll("/+$", ""));
        }
        String port = environment.getProperty("local.server.port");
        return port == null ? Optional.empty() : Optional.of("http://localhost:" + port);
    }

    /**
     * Assesses and stores.
     *
     * @return the stored assessment; empty when the dataset no longer exists, has no data yet, or no base URL is
     *     known on this node (the recurring look assesses it later on a node that serves the web)
     */
    public Optional<MqaAssessment> assess(DatasetId id) {
        Dataset dataset = catalog.find(id, SYSTEM).orElse(null);
        Optional<String> base = baseUrl();
        if (dataset == null || dataset.currentVersion() == null || base.isEmpty()) {
            return Optional.empty();
        }
        DatasetVersion version = dataset.currentVersion();
        Map<String, MqaMapping.UrlChecks> checks = new HashMap<>();
        Map<String, Reachability> byUrl = new HashMap<>();
        for (Distribution distribution : version.distributions()) {
            String access = MqaMapping.accessUrl(base.get(), dataset);
            String download = MqaMapping.downloadUrl(base.get(), dataset, distribution);
            checks.put(distribution.format(), new MqaMapping.UrlChecks(check(dataset, access, byUrl),
                    check(dataset, download, byUrl)));
        }
        // a download check may have made the version's CSV (it is made on first download): read its size back
        Dataset checked = catalog.find(id, SYSTEM)
                .filter(again -> again.currentVersion() != null && again.currentVersion().id().equals(version.id()))
                .orElse(dataset);
        MqaFacts facts = mapping.facts(base.get(), checked, checks,
                dcatAp.validate(DcatRdf.dataset(base.get(), checked)));
        MqaAssessment assessment = assessments.save(id.value(), version.id(), mqa.score(facts), clock.instant());
        catalog.recordQualityRating(id, new QualityRating(assessment.rating(), assessment.total(),
                assessment.assessedAt()));
        return Optional.of(assessment);
    }

    private Reachability check(Dataset dataset, String url, Map<String, Reachability> byUrl) {
        if (dataset.accessLevel() != AccessLevel.OPENBAAR) {
            return Reachability.notChecked(url, "the dataset is " + dataset.accessLevel().code()
                    + ", so it is not reachable anonymously");
        }
        return byUrl.computeIfAbsent(url, urls::check);
    }
}
