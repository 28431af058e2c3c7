package vn.atgt.thidua.nomination.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.nomination.AwardRow;
import vn.atgt.thidua.nomination.DossierService;
import vn.atgt.thidua.nomination.NomineeListWorkbook;
import vn.atgt.thidua.nomination.PartKind;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.storage.FileResponses;
import vn.atgt.thidua.shared.storage.Upload;
import vn.atgt.thidua.shared.storage.UploadRefusedException;
import vn.atgt.thidua.shared.web.Flash;

/** Dossier files: upload a part, download one, and the dossier's nominee list as .xlsx. */
@Controller
@RequestMapping("/nominations/{id}")
class DossierFileController {

	private final DossierService dossiers;

	private final MessageSource messages;

	DossierFileController(DossierService dossiers, MessageSource messages) {
		this.dossiers = dossiers;
		this.messages = messages;
	}

	@PostMapping("/parts")
	@PreAuthorize("hasRole('AGENCY')")
	String upload(@PathVariable Long id, @RequestParam long version, @RequestParam PartKind kind,
			@RequestParam(required = false) Long nomineeId, @RequestParam MultipartFile file, CurrentUser user,
			RedirectAttributes redirect) {
		Upload upload = Upload.of(file);
		try {
			this.dossiers.uploadPart(id, version, kind, nomineeId, upload, user);
			Flash.success(redirect, "nomination.flash.uploaded", upload.displayName());
		}
		catch (UploadRefusedException ex) {
			Flash.warning(redirect, ex.messageKey(), upload.displayName());
		}
		return "redirect:/nominations/" + id;
	}

	@GetMapping("/parts/{partId}")
	ResponseEntity<Resource> download(@PathVariable Long id, @PathVariable Long partId, CurrentUser user) {
		return FileResponses.attachment(this.dossiers.part(id, partId, user));
	}

	@GetMapping("/list.xlsx")
	ResponseEntity<StreamingResponseBody> exportList(@PathVariable Long id, CurrentUser user, Locale locale) {
		List<AwardRow> rows = this.dossiers.listRows(id, user);
		return xlsx(this.messages, locale, "danh-sach-de-nghi-" + id + ".xlsx", rows);
	}

	static ResponseEntity<StreamingResponseBody> xlsx(MessageSource messages, Locale locale, String fileName,
			List<AwardRow> rows) {
		List<String> headers = List.of("stt", "name", "position", "unit", "awardForm", "achievement").stream()
			.map(key -> messages.getMessage("nomination.export." + key, null, locale))
			.toList();
		String sheet = messages.getMessage("nomination.export.sheet", null, locale);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName))
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.body(out -> NomineeListWorkbook.write(out, sheet, headers, rows));
	}

	static String attachment(String name) {
		return ContentDisposition.attachment().filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString();
	}

}
