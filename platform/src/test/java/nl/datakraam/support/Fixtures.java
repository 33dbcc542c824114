// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small files written on the fly, for tests that need something specific. */
public final class Fixtures {

    private Fixtures() {
    }

    /** Writes {@code text} in {@code charset} to a new temporary file named {@code name}. */
    public static Path file(String name, String text, Charset charset) {
        try {
            Path directory = Files.createTempDirectory("datakraam-fixture");
            return Files.writeString(directory.resolve(name), text, charset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
