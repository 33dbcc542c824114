// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.Components;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The description at the top of {@code /v1/openapi.json}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI datakraamOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Datakraam API")
                        .version(ApiVersionFilter.API_VERSION)
                        .description("Catalogue, upload, jobs, rows, read-only SQL and downloads of Datakraam. Errors "
                                + "are RFC 9457 problem details with a stable 'code'. Anonymous callers see open "
                                + "datasets only; send 'Authorization: Bearer <token>' for more.")
                        .license(new License().name("EUPL-1.2")))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")));
    }
}
