// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static nl.datakraam.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.datakraam.support.PlatformIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * Case c30: an upload whose body stops before its declared end fails at once with a clear message in the reader's
 * language, and nothing of it is stored.
 */
class InterruptedUploadIT extends PlatformIT {

    private static final String BOUNDARY = "----datakraam-c30";

    @Value("${datakraam.storage.directory}")
    Path blobs;

    @Test
    void anUploadCutOffHalfwayIsRefusedInDutchAndStoresNothing() throws IOException {
        long rawBefore = files(blobs.resolve("raw"));
        long datasetsBefore = datasets();

        String answer = cutOffUpload("/v1/datasets", "nl");

        assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json");
        String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        assertThat(body).contains("\"code\":\"upload.interrupted\"",
                "Het uploaden is gestopt voordat het hele bestand binnen was. Er is niets opgeslagen.");
        assertThat(files(blobs.resolve("raw"))).as("no raw upload kept").isEqualTo(rawBefore);
        assertThat(datasets()).as("no dataset registered").isEqualTo(datasetsBefore);
        assertThat(admin().get("/v1/datasets").statusCode()).as("the server carries on").isEqualTo(200);
    }

    @Test
    void saysItInEnglishOnRequest() throws IOException {
        String answer = cutOffUpload("/v1/datasets", "en");

        assertThat(answer).startsWith("HTTP/1.1 400")
                .contains("The upload stopped before the whole file arrived, so nothing was stored.");
    }

    /**
     * Declares a body of 4 × 800 kB, sends the first 800 kB, then closes its sending side (as a client whose
     * connection drops would) and reads what the server answers.
     */
    private String cutOffUpload(String path, String language) throws IOException {
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"afgebroken.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\n").getBytes(UTF_8);
        byte[] rows = "gemeente;aantal\nGroningen;12\n".repeat(27_000).getBytes(UTF_8);
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + TOKEN
                    + "\r\nAccept-Language: " + language + "\r\nContent-Type: multipart/form-data; boundary="
                    + BOUNDARY + "\r\nContent-Length: " + (head.length + 4L * rows.length)
                    + "\r\nConnection: close\r\n\r\n").getBytes(UTF_8));
            out.write(head);
            out.write(rows);
            out.flush();
            socket.shutdownOutput();
            return new String(socket.getInputStream().readAllBytes(), UTF_8);
        }
    }

    private long datasets() {
        return json(admin().get("/v1/datasets?limit=1")).get("total").asLong();
    }

    private static long files(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.count();
        }
    }
}
