package vn.atgt.thidua.report.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.report.AttachmentRefusedException;
import vn.atgt.thidua.report.ReportAttachments;
import vn.atgt.thidua.report.ReportAttachments.Download;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.web.Flash;

/** Uploading and downloading files on inspections (office) and on the agency's own year-end report. */
@Controller
@PreAuthorize("hasAnyRole('OFFICE','AGENCY')")
class ReportAttachmentController {

	static final String UPLOAD_ERROR = "uploadError";

	private final ReportAttachments attachments;

	ReportAttachmentController(ReportAttachments attachments) {
		this.attachments = attachments;
	}

	@PostMapping("/inspections/{id}/attachments")
	@PreAuthorize("hasRole('OFFICE')")
	String attachToInspection(@PathVariable Long id, @RequestParam("file") MultipartFile file, CurrentUser user,
			RedirectAttributes redirect) throws IOException {
		try {
			this.attachments.attachToInspection(id, file.getOriginalFilename(), file.getBytes(), user);
			Flash.success(redirect, "attachment.flash.uploaded");
		}
		catch (AttachmentRefusedException ex) {
			redirect.addFlashAttribute(UPLOAD_ERROR, ex.messageKey());
		}
		return "redirect:/inspections/" + id;
	}

	@GetMapping("/inspections/{id}/attachments/{attachmentId}")
	ResponseEntity<InputStreamResource> downloadFromInspection(@PathVariable Long id, @PathVariable Long attachmentId,
			CurrentUser user) {
		return send(this.attachments.downloadFromInspection(id, attachmentId, user));
	}

	@PostMapping("/reports/{id}/attachments")
	@PreAuthorize("hasRole('AGENCY')")
	String attachToReport(@PathVariable Long id, @RequestParam("file") MultipartFile file, CurrentUser user,
			RedirectAttributes redirect) throws IOException {
		try {
			Long planId = this.attachments.attachToReport(id, file.getOriginalFilename(), file.getBytes(), user);
			Flash.success(redirect, "attachment.flash.uploaded");
			return "redirect:/plans/" + planId + "/report";
		}
		catch (AttachmentRefusedException ex) {
			redirect.addFlashAttribute(UPLOAD_ERROR, ex.messageKey());
			return "redirect:/reports/" + id;
		}
	}

	@GetMapping("/reports/{id}/attachments/{attachmentId}")
	ResponseEntity<InputStreamResource> downloadFromReport(@PathVariable Long id, @PathVariable Long attachmentId,
			CurrentUser user) {
		return send(this.attachments.downloadFromReport(id, attachmentId, user));
	}

	private static ResponseEntity<InputStreamResource> send(Download file) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.contentType(MediaType.parseMediaType(file.contentType()))
			.contentLength(file.size())
			.body(new InputStreamResource(file.content()));
	}

}
