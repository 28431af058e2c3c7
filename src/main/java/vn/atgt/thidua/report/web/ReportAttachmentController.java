package vn.atgt.thidua.report.web;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.report.ReportAttachments;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.storage.FileResponses;
import vn.atgt.thidua.shared.storage.Upload;
import vn.atgt.thidua.shared.storage.UploadRefusedException;
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
			RedirectAttributes redirect) {
		try {
			this.attachments.attachToInspection(id, Upload.of(file), user);
			Flash.success(redirect, "attachment.flash.uploaded");
		}
		catch (UploadRefusedException ex) {
			redirect.addFlashAttribute(UPLOAD_ERROR, ex.messageKey());
		}
		return "redirect:/inspections/" + id;
	}

	@GetMapping("/inspections/{id}/attachments/{attachmentId}")
	ResponseEntity<Resource> downloadFromInspection(@PathVariable Long id, @PathVariable Long attachmentId,
			CurrentUser user) {
		return FileResponses.attachment(this.attachments.downloadFromInspection(id, attachmentId, user));
	}

	@PostMapping("/reports/{id}/attachments")
	@PreAuthorize("hasRole('AGENCY')")
	String attachToReport(@PathVariable Long id, @RequestParam("file") MultipartFile file, CurrentUser user,
			RedirectAttributes redirect) {
		try {
			Long planId = this.attachments.attachToReport(id, Upload.of(file), user);
			Flash.success(redirect, "attachment.flash.uploaded");
			return "redirect:/plans/" + planId + "/report";
		}
		catch (UploadRefusedException ex) {
			redirect.addFlashAttribute(UPLOAD_ERROR, ex.messageKey());
			return "redirect:/reports/" + id;
		}
	}

	@GetMapping("/reports/{id}/attachments/{attachmentId}")
	ResponseEntity<Resource> downloadFromReport(@PathVariable Long id, @PathVariable Long attachmentId,
			CurrentUser user) {
		return FileResponses.attachment(this.attachments.downloadFromReport(id, attachmentId, user));
	}

}
