// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest.web;

import java.util.Map;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** The multipart field {@code file} of an upload, told apart: not sent, sent empty, or a file to ingest. */
final class UploadedFiles {

    private UploadedFiles() {
    }

    /**
     * @param file           the field {@code file}, or null when the request has none
     * @param missingEnglish the English detail when no file was chosen (differs between the API and the form)
     * @return {@code file}, holding at least one byte
     * @throws PlatformException {@link ErrorCode#UPLOAD_MISSING_FILE} when no file was chosen (no part, or a part
     *     without file name, as a browser sends for an empty file input); {@link ErrorCode#UPLOAD_EMPTY_FILE}
     *     (details {@code filename}) when the chosen file holds 0 bytes
     */
    static MultipartFile present(@Nullable MultipartFile file, String missingEnglish) {
        String name = file == null ? null : file.getOriginalFilename();
        if (file == null || name == null || name.isBlank()) {
            throw new PlatformException(ErrorCode.UPLOAD_MISSING_FILE, missingEnglish);
        }
        if (file.isEmpty()) {
            throw new PlatformException(ErrorCode.UPLOAD_EMPTY_FILE, "The file " + name + " is empty (0 bytes)."
                    + " Check that it was saved completely, then choose it again.", Map.of("filename", name));
        }
        return file;
    }
}
