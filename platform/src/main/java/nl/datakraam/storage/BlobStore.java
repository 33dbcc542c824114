// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Local-directory blob store. Raw objects are immutable and content-addressed; derived files live per dataset
 * version and are written to a temporary name first, then moved into place, so a reader never sees half a file.
 * Thread-safe.
 */
@Service
public class BlobStore {

    private final Path root;

    /** One lock per derived file being made or made before: {@link #derived} makes each file once. */
    private final ConcurrentMap<String, ReentrantLock> deriving = new ConcurrentHashMap<>();

    public BlobStore(StorageSettings settings) {
        this.root = settings.directory().toAbsolutePath().normalize();
        try {
            Files.createDirectories(root.resolve("raw"));
            Files.createDirectories(root.resolve("datasets"));
            Files.createDirectories(root.resolve("tmp"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the blob store at " + root
                    + "; set datakraam.storage.directory (or DATAKRAAM_DATA_DIR) to a writable folder", e);
        }
    }

    /**
     * Streams {@code content} to disk while hashing it; never holds it in memory. Storing the same bytes twice
     * keeps one copy.
     *
     * @throws UncheckedIOException when the bytes cannot be written; nothing is left behind
     */
    public StoredBlob storeRaw(InputStream content) {
        Path temporary = root.resolve("tmp").resolve(UUID.randomUUID() + ".part");
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), digest)) {
                size = content.transferTo(out);
            }
            String sha256 = HexFormat.of().formatHex(digest.digest());
            String key = "raw/" + sha256;
            Path target = root.resolve(key);
            if (Files.exists(target)) {
                Files.delete(temporary);
            } else {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                target.toFile().setReadOnly();
            }
            return new StoredBlob(key, sha256, size);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new UncheckedIOException("Could not store the upload", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /** The file of a stored object, for reading. */
    public Path path(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("key outside the blob store: " + key);
        }
        return path;
    }

    /** The folder for the derived files of one dataset version, created if needed. */
    public Path versionDirectory(UUID datasetId, int versionNumber) {
        Path directory = root.resolve("datasets").resolve(datasetId.toString()).resolve("v" + versionNumber);
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + directory, e);
        }
        return directory;
    }

    /** The key of a file inside the blob store, to keep in the metadata store. */
    public String keyOf(Path file) {
        Path normalized = file.toAbsolutePath().normalize();
        if (!normalized.startsWith(root)) {
            throw new IllegalArgumentException("file outside the blob store: " + file);
        }
        return root.relativize(normalized).toString().replace('\\', '/');
    }

    /** Writes a derived file's content to the (absent) temporary file it is given. */
    @FunctionalInterface
    public interface Producer {
        void writeTo(Path temporary) throws IOException;
    }

    /**
     * The file of a derived object that is made on first use, such as a version's {@code data.csv}: returns it
     * when it exists; otherwise runs {@code producer} into a temporary file and moves the complete file into place
     * atomically, so a reader never sees half a file. Callers asking for the same key at once wait for the one
     * producer (in this process; a second process would at worst make the same file again and replace it
     * atomically). The file stays, so the producer runs once per key.
     *
     * @param key a key under a version's folder ({@link #keyOf})
     * @return the file, complete
     * @throws IOException whatever the producer throws; nothing is left behind then, and the next call tries again
     */
    public Path derived(String key, Producer producer) throws IOException {
        Path target = path(key);
        if (Files.exists(target)) {
            return target;
        }
        ReentrantLock lock = deriving.computeIfAbsent(key, k -> new ReentrantLock());
        lock.lock();
        try {
            if (Files.exists(target)) {
                return target;
            }
            Path temporary = temporaryFile("-" + target.getFileName());
            try {
                producer.writeTo(temporary);
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
            return target;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The SHA-256 of a file, read once in full.
     *
     * @return 64 lowercase hex digits
     * @throws IOException when the file cannot be read
     */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        try (InputStream in = new java.security.DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A fresh temporary file inside the store (same file system, so a later move is atomic). */
    public Path temporaryFile(String suffix) {
        return root.resolve("tmp").resolve(UUID.randomUUID() + suffix);
    }

    /**
     * Removes a directory of the store (a version's folder that was not committed, a job's scratch directory) and
     * everything in it; does nothing when {@code directory} is null or absent.
     *
     * @throws UncheckedIOException when a file in it cannot be deleted
     */
    public void deleteTree(@Nullable Path directory) {
        if (directory == null || !Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not clean up " + directory, e);
        }
    }

    /**
     * The keys of the files in one dataset version's folder ({@link #versionDirectory}), sorted; empty when the
     * folder does not exist. Does not create it.
     *
     * @throws UncheckedIOException when the folder cannot be listed
     */
    public java.util.List<String> versionFiles(UUID datasetId, int versionNumber) {
        Path directory = root.resolve("datasets").resolve(datasetId.toString()).resolve("v" + versionNumber);
        if (!Files.isDirectory(directory)) {
            return java.util.List.of();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).map(this::keyOf).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + directory, e);
        }
    }

    /**
     * Takes these stored files out of the store, all or none, on their way to deletion (retention): each is moved
     * into a fresh folder under {@code tmp/}; keys of absent files are skipped (see {@link Quarantine#keys()}). The
     * caller then {@link Quarantine#purge purges} them or {@link Quarantine#restore restores} them all.
     *
     * @throws UncheckedIOException when a file cannot be moved; the ones moved before are back in place then
     */
    public Quarantine quarantine(java.util.List<String> keys) {
        Path folder = root.resolve("tmp").resolve("quarantine-" + UUID.randomUUID());
        Quarantine quarantine = new Quarantine(folder);
        try {
            Files.createDirectories(folder);
            for (String key : keys) {
                Path file = path(key);
                if (Files.exists(file)) {
                    quarantine.move(key, file);
                }
            }
            return quarantine;
        } catch (IOException e) {
            quarantine.restore();
            throw new UncheckedIOException("Could not take the files out of the store; none was taken", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // best effort: a stale .part file in tmp/ is harmless
        }
    }
}
