// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.web;

import static nl.datakraam.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import nl.datakraam.support.Fixtures;
import nl.datakraam.support.PlatformIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

/** Case c29: an upload over the configured limit is answered 413 with the limit, and nothing is stored. */
@TestPropertySource(properties = {"spring.servlet.multipart.max-file-size=1MB",
        "spring.servlet.multipart.max-request-size=1MB"})
class UploadLimitIT extends PlatformIT {

    @Value("${datakraam.storage.directory}")
    Path blobs;

    @Test
    void refusesAnUploadOverTheLimitWithTheLimitStated() throws IOException {
        long before = rawObjects();
        var file = Fixtures.file("groot.csv", "a,b\n" + "1,2\n".repeat(400_000), StandardCharsets.UTF_8);

        var response = admin().upload("/v1/datasets", file, Map.of());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        var problem = json(response);
        assertThat(problem.get("code").asString()).isEqualTo("upload.too-large");
        assertThat(problem.get("detail").asString()).contains("1 MB");
        assertThat(problem.get("details").get("maxFileSizeBytes").asLong()).isEqualTo(1024 * 1024);
        assertThat(rawObjects()).as("nothing stored").isEqualTo(before);
    }

    private long rawObjects() throws IOException {
        try (Stream<Path> files = Files.list(blobs.resolve("raw"))) {
            return files.count();
        }
    }
}
