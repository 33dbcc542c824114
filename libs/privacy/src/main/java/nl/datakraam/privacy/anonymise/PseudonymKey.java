// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy.anonymise;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret of keyed pseudonyms (HMAC-SHA-256, RFC 2104 with FIPS 180-4 SHA-256): 32 random bytes, kept in a file
 * of its own outside the data (never in the blob store, the database or a log), base64 on one line. Whoever holds
 * the key and a candidate value can compute its pseudonym; without the key a pseudonym reveals nothing, and guessing
 * values (all postcodes, all BSNs) does not help. Thread-safe; {@code toString()} never shows the key.
 */
public final class PseudonymKey {

    private static final int BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] key;

    private PseudonymKey(byte[] key) {
        this.key = key.clone();
    }

    /** A key of these bytes (tests; at least 32). */
    public static PseudonymKey of(byte[] key) {
        if (key.length < BYTES) {
            throw new AnonymisationException("key", Map.of("min", BYTES), "A pseudonym key has at least 32 bytes.");
        }
        return new PseudonymKey(key);
    }

    /**
     * The key in {@code file}; when the file does not exist, a new random key written there first, readable and
     * writable by the owner only (POSIX {@code rw-------}, where the file system has permissions), its directory
     * created if needed.
     *
     * @throws AnonymisationException {@code key} when the file exists but holds no key of 32 or more bytes in
     *     base64 (the file is left alone: losing a key makes every pseudonym made with it unmatched)
     * @throws IOException when the file cannot be read or written
     */
    public static PseudonymKey loadOrCreate(Path file) throws IOException {
        if (!Files.exists(file)) {
            byte[] fresh = new byte[BYTES];
            new SecureRandom().nextBytes(fresh);
            Path directory = file.toAbsolutePath().getParent();
            if (directory != null) {
                Files.createDirectories(directory);
            }
            try {
                Files.writeString(file, Base64.getEncoder().encodeToString(fresh) + "\n", StandardCharsets.US_ASCII,
                        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                ownerOnly(file);
            } catch (FileAlreadyExistsException raced) {
                // another node or thread made it first: use theirs
            }
        }
        byte[] read;
        try {
            read = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IllegalArgumentException e) {
            read = new byte[0];
        }
        if (read.length < BYTES) {
            throw new AnonymisationException("key", Map.of("file", file.toString(), "min", BYTES), "The pseudonym"
                    + " key file " + file + " does not hold a base64 key of at least 32 bytes; restore it from the"
                    + " backup (a new key would make every existing pseudonym unmatched).");
        }
        return new PseudonymKey(read);
    }

    private static void ownerOnly(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Set<PosixFilePermission> owner = EnumSet.of(PosixFilePermission.OWNER_READ,
                    PosixFilePermission.OWNER_WRITE);
            Files.setPosixFilePermissions(file, owner);
        }
    }

    /** The POSIX permissions a new key file gets, as {@code ls} shows them. */
    public static String permissions() {
        return PosixFilePermissions.toString(EnumSet.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE));
    }

    /**
     * The pseudonym of {@code value} in {@code domain}: HMAC-SHA-256 over the UTF-8 bytes of {@code domain}, one NUL
     * byte and {@code value}, as 64 lowercase hexadecimal characters.
     */
    public String pseudonym(String domain, String value) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            mac.update(domain.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "PseudonymKey[***]";
    }
}
