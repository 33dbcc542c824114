// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.datakraam.access.AccessLevel;
import nl.datakraam.access.Authorization;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.catalog.SchemaField;
import nl.datakraam.ingest.IngestService;
import nl.datakraam.ingest.IngestSubmission;
import nl.datakraam.ingest.ReviewedField;
import nl.datakraam.ingest.SchemaProposal;
import nl.datakraam.jobs.JobId;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.LocalisedMessages;
import nl.datakraam.shared.PlatformException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The upload form ({@code /datasets/nieuw}), the new-version form of a dataset page, and the schema review
 * ({@code /taken/{id}/controle}); after an upload the browser follows the job's progress page. The upload forms and
 * the review offer the CRS ({@code crs}: 28992, 4326 or 4258) for coordinates a file does not declare.
 */
@Controller
class UploadPageController {

    private final IngestService ingest;
    private final Authorization authorization;
    private final LocalisedMessages messages;

    UploadPageController(IngestService ingest, Authorization authorization, LocalisedMessages messages) {
        this.ingest = ingest;
        this.authorization = authorization;
        this.messages = messages;
    }

    /** The upload form; a signed-in caller who may not create datasets is told so before choosing a file (403). */
    @GetMapping("/datasets/nieuw")
    String form(Model model) {
        authorization.requireCreate(authorization.currentCaller());
        model.addAttribute("accessLevels", AccessLevel.values());
        return "ingest/upload";
    }

    @PostMapping("/datasets/nieuw")
    String upload(@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(name = "title", required = false) @Nullable String title,
            @RequestParam(name = "accessLevel", required = false) @Nullable String accessLevel,
            @RequestParam(name = "review", required = false) @Nullable String review,
            @RequestParam(name = "crs", required = false) @Nullable String crs) throws IOException {
        IngestSubmission submission;
        try (InputStream content = chosen(file).getInputStream()) {
            submission = ingest.submit(String.valueOf(file.getOriginalFilename()), content, title,
                    DatasetUploadApiController.accessLevel(accessLevel), DatasetUploadApiController.flag(review),
                    IngestService.crsParameter(crs), authorization.currentCaller());
        }
        return "redirect:/taken/" + submission.jobId();
    }

    /** The new-version form on a dataset page. */
    @PostMapping("/datasets/{id}/versies")
    String uploadVersion(@PathVariable UUID id, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(name = "mode", required = false) @Nullable String mode,
            @RequestParam(name = "review", required = false) @Nullable String review,
            @RequestParam(name = "crs", required = false) @Nullable String crs) throws IOException {
        IngestSubmission submission;
        try (InputStream content = chosen(file).getInputStream()) {
            submission = ingest.submitVersion(new DatasetId(id), String.valueOf(file.getOriginalFilename()), content,
                    DatasetUploadApiController.mode(mode), DatasetUploadApiController.flag(review),
                    IngestService.crsParameter(crs), authorization.currentCaller());
        }
        return "redirect:/taken/" + submission.jobId();
    }

    /** The review of an inferred schema, for a job awaiting it. */
    @GetMapping("/taken/{id}/controle")
    String review(@PathVariable UUID id, Model model) {
        return reviewPage(id, ingest.proposal(new JobId(id), authorization.currentCaller()), model);
    }

    private static String reviewPage(UUID id, SchemaProposal proposal, Model model) {
        model.addAttribute("jobId", id);
        model.addAttribute("proposal", proposal);
        model.addAttribute("types", ReviewedField.TYPES);
        return "ingest/review";
    }

    /**
     * Form fields {@code type.<field>}, {@code format.<field>} and {@code decimal.<field>}, per field, and
     * {@code crs} (an EPSG code, or empty) where the proposal asks about the CRS. A choice the review refuses
     * ({@code review.invalid}: a CRS the coordinates cannot be in, a missing one, …) shows the review again, 400,
     * with what is wrong above the form; the job keeps waiting.
     */
    @PostMapping("/taken/{id}/controle")
    String confirm(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, Locale locale,
            HttpServletResponse response) {
        try {
            return confirmed(id, form);
        } catch (PlatformException e) {
            if (e.code() != ErrorCode.REVIEW_INVALID) {
                throw e;
            }
            response.setStatus(e.code().status().value());
            model.addAttribute("problem", messages.error(e.code().key(), e.details(), locale, e.getMessage()));
            return reviewPage(id, ingest.proposal(new JobId(id), authorization.currentCaller()), model);
        }
    }

    private String confirmed(UUID id, Map<String, String> form) {
        var caller = authorization.currentCaller();
        SchemaProposal proposal = ingest.proposal(new JobId(id), caller);
        List<ReviewedField> fields = new ArrayList<>();
        for (SchemaField field : proposal.schema().fields()) {
            String type = form.getOrDefault("type." + field.name(), field.type());
            fields.add(new ReviewedField(field.name(), type, form.get("format." + field.name()),
                    form.get("decimal." + field.name())));
        }
        ingest.confirmReview(new JobId(id), fields, IngestService.crsParameter(form.get("crs")), caller);
        return "redirect:/taken/" + id;
    }

    private static MultipartFile chosen(@Nullable MultipartFile file) {
        return UploadedFiles.present(file, "Choose a file to upload.");
    }
}
