// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest.web;

import java.io.IOException;
import java.io.InputStream;
import nl.datakraam.access.AccessLevel;
import nl.datakraam.access.Authorization;
import nl.datakraam.ingest.IngestService;
import nl.datakraam.ingest.IngestSubmission;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The upload form ({@code /datasets/nieuw}); after upload the browser follows the job's progress page. */
@Controller
class UploadPageController {

    private final IngestService ingest;
    private final Authorization authorization;

    UploadPageController(IngestService ingest, Authorization authorization) {
        this.ingest = ingest;
        this.authorization = authorization;
    }

    @GetMapping("/datasets/nieuw")
    String form(Model model) {
        model.addAttribute("accessLevels", AccessLevel.values());
        return "ingest/upload";
    }

    @PostMapping("/datasets/nieuw")
    String upload(@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(name = "title", required = false) @Nullable String title,
            @RequestParam(name = "accessLevel", required = false) @Nullable String accessLevel, Model model)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw new PlatformException(ErrorCode.UPLOAD_MISSING_FILE, "Choose a file to upload.");
        }
        IngestSubmission submission;
        try (InputStream content = file.getInputStream()) {
            submission = ingest.submit(String.valueOf(file.getOriginalFilename()), content, title,
                    DatasetUploadApiController.accessLevel(accessLevel), authorization.currentCaller());
        }
        return "redirect:/taken/" + submission.jobId();
    }
}
