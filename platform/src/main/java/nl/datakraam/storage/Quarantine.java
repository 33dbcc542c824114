// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Files taken out of the blob store ({@link BlobStore#quarantine}) on their way to deletion: moved (atomically, on
 * the same file system) into a folder of their own under {@code tmp/}, so that a deletion of several files either
 * happens for all of them ({@link #purge}) or for none ({@link #restore}). Not thread-safe; one deletion at a time.
 */
public final class Quarantine {

    private final Path folder;
    /** Original file → its place in the quarantine folder, in the order they were moved. */
    private final Map<Path, Path> moved = new LinkedHashMap<>();
    private final Map<String, Path> byKey = new LinkedHashMap<>();

    Quarantine(Path folder) {
        this.folder = folder;
    }

    void move(String key, Path original) throws IOException {
        Path target = folder.resolve(Integer.toString(moved.size()));
        Files.move(original, target, StandardCopyOption.ATOMIC_MOVE);
        moved.put(original, target);
        byKey.put(key, target);
    }

    /** The keys of the files held, in the order given. */
    public List<String> keys() {
        return List.copyOf(byKey.keySet());
    }

    /**
     * The SHA-256 of a held file (64 lowercase hex digits), read in full.
     *
     * @throws IOException when it cannot be read
     */
    public String sha256(String key) throws IOException {
        return BlobStore.sha256(held(key));
    }

    /** The size of a held file, bytes. */
    public long size(String key) throws IOException {
        return Files.size(held(key));
    }

    private Path held(String key) {
        Path path = byKey.get(key);
        if (path == null) {
            throw new IllegalArgumentException("not in this quarantine: " + key);
        }
        return path;
    }

    /**
     * Moves every file back where it was, newest first; the store is as before the quarantine.
     *
     * @throws UncheckedIOException when a file cannot be moved back (it then stays in the quarantine folder, named
     *     in the message, for an operator to put back)
     */
    public void restore() {
        List<Map.Entry<Path, Path>> entries = new ArrayList<>(moved.entrySet());
        Collections.reverse(entries);
        IOException failure = null;
        for (Map.Entry<Path, Path> entry : entries) {
            try {
                Files.move(entry.getValue(), entry.getKey(), StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw new UncheckedIOException("Could not move every file back from " + folder, failure);
        }
        moved.clear();
        byKey.clear();
        deleteFolder();
    }

    /**
     * Deletes the held files for good.
     *
     * @throws UncheckedIOException when one cannot be deleted; it stays in the quarantine folder under {@code tmp/},
     *     out of every reader's sight
     */
    public void purge() {
        try {
            for (Path file : moved.values()) {
                file.toFile().setWritable(true);
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete every file in " + folder, e);
        }
        moved.clear();
        byKey.clear();
        deleteFolder();
    }

    private void deleteFolder() {
        try {
            Files.deleteIfExists(folder);
        } catch (IOException ignored) {
            // an empty folder left in tmp/ is harmless
        }
    }
}
