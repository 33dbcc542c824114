// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import java.io.IOException;
import java.nio.file.Files;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Case c31 on the embedded H2 database, in a data directory of its own. */
class DatasetListingQueriesH2IT extends DatasetListingQueriesContract {

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
        String directory = Files.createTempDirectory("datakraam-c31").toString();
        registry.add("datakraam.data-dir", () -> directory);
    }
}
