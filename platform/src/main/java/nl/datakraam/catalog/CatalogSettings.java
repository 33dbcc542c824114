// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The catalogue's settings ({@code datakraam.catalog} in application.yaml).
 *
 * @param defaultOrganisation the organisation a dataset is registered for when none is named, and the publisher of
 *                            the catalogue itself: a TOOI code ({@code pv20}) of a register Datakraam bundles, or the
 *                            id of an organisation already created. Created at start-up from the TOOI register when
 *                            missing.
 * @param contactName         default contact point name of that organisation when it is created
 * @param contactEmail        its default contact e-mail address
 * @param contactPhone        its default contact phone number
 * @param licence             its default licence IRI (DCAT-AP-DONL licence list)
 * @param language            its default language IRI (EU language list)
 * @param themes              its default themes (IRIs or codes of the EU Data Theme list and the
 *                            TaxonomieBeleidsagenda)
 * @param publicBaseUrl       the address the public reaches Datakraam at; the IRIs of the DCAT export start with it.
 *                            Empty: the address of the request
 * @param catalogTitle        {@code dct:title} of the catalogue in the DCAT export
 */
@Validated
@ConfigurationProperties("datakraam.catalog")
public record CatalogSettings(@NotBlank String defaultOrganisation, @Nullable String contactName,
        @Nullable String contactEmail, @Nullable String contactPhone, @Nullable String licence,
        @Nullable String language, List<String> themes, @Nullable String publicBaseUrl,
        @NotBlank String catalogTitle) {

    public CatalogSettings {
        themes = themes == null ? List.of() : List.copyOf(themes);
    }

    /**
     * The base of public IRIs and links, without a trailing slash: {@link #publicBaseUrl()} when set, else
     * {@code requestBase} (scheme, host and port of the request).
     */
    public String baseUrl(String requestBase) {
        return publicBaseUrl != null && !publicBaseUrl.isBlank() ? publicBaseUrl.strip().replaceAll("/+$", "")
                : requestBase.replaceAll("/+$", "");
    }

    /** {@link #baseUrl} for the request being handled (scheme, host and port as the request arrived); call within one. */
    public String baseUrlOfThisRequest() {
        return baseUrl(ServletUriComponentsBuilder.fromCurrentContextPath().replacePath(null).replaceQuery(null)
                .build().toUriString());
    }
}
