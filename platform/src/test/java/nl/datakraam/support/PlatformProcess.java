// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Datakraam as a user runs it: {@code java -jar platform/target/datakraam.jar}, as a separate operating-system
 * process with its own data directory. For tests of the command line and of crashes.
 */
public final class PlatformProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private PlatformProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** The built jar; the failsafe phase runs after {@code package}, so it exists. */
    public static Path jar() {
        Path jar = Path.of("target", "datakraam.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Build the jar first (mvn package): " + jar);
        }
        return jar;
    }

    /** Starts the server on a free port and waits until it answers. */
    public static PlatformProcess start(Path dataDir, String token, String... extraArgs) throws IOException {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Files.createTempFile("datakraam-process", ".log");
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx512m", "-jar", jar().toString(),
                "--server.port=" + port, "--datakraam.data-dir=" + dataDir, "--datakraam.bootstrap.token=" + token,
                "--datakraam.rate-limit.api-authenticated=" + Integer.MAX_VALUE)); // the tests poll every 20 ms
        command.addAll(List.of(extraArgs));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        var started = new PlatformProcess(process, port, log);
        started.awaitUp();
        return started;
    }

    /** Runs {@code java -jar datakraam.jar ARGS…} to completion; returns its exit code and output. */
    public static Result run(Path dataDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", jar().toString()));
        command.addAll(List.of(args));
        command.add("--datakraam.data-dir=" + dataDir);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        return new Result(process.waitFor(), output);
    }

    /**
     * Runs {@code java -jar datakraam.jar ARGS…} to completion with extra environment variables and {@code input}
     * on its standard input (closed after it); returns its exit code and output.
     */
    public static Result run(Path dataDir, Map<String, String> environment, String input, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", jar().toString()));
        command.addAll(List.of(args));
        command.add("--datakraam.data-dir=" + dataDir);
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        try (var stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes());
        return new Result(process.waitFor(), output);
    }

    public record Result(int exitCode, String output) {
    }

    public int port() {
        return port;
    }

    /** SIGKILL: the process gets no chance to clean up. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }

    private void awaitUp() throws IOException {
        var http = HttpClient.newHttpClient();
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(giveUp)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Datakraam exited during start-up:\n" + log());
            }
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Datakraam did not start within 2 minutes:\n" + log());
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
