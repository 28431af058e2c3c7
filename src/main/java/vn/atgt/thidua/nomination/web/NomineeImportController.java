package vn.atgt.thidua.nomination.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.nomination.DossierService;
import vn.atgt.thidua.nomination.NomineeImport;
import vn.atgt.thidua.nomination.SubjectType;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.web.Flash;

/** The agency's nominee list from the .xlsx template: download the template, import it (all rows or none). */
@Controller
@RequestMapping("/nominations/{id}/nominees")
@PreAuthorize("hasRole('AGENCY')")
class NomineeImportController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final NomineeImport imports;

	private final DossierService dossiers;

	private final MessageSource messages;

	NomineeImportController(NomineeImport imports, DossierService dossiers, MessageSource messages) {
		this.imports = imports;
		this.dossiers = dossiers;
		this.messages = messages;
	}

	@GetMapping("/template.xlsx")
	ResponseEntity<byte[]> template(@PathVariable Long id, CurrentUser user, Locale locale) throws IOException {
		this.dossiers.view(id, user);
		List<String> headers = Stream.of("type", "name", "sex", "position", "unit", "awardForm", "achievement",
				"certify").map(c -> this.messages.getMessage("nomination.import.col." + c, null, locale)).toList();
		String both = this.messages.getMessage("nomination.import.appliesTo.both", null, locale);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.imports.template(out, headers, form -> form.appliesTo(SubjectType.COLLECTIVE)
				? (form.appliesTo(SubjectType.INDIVIDUAL) ? both
						: this.messages.getMessage("nomination.import.appliesTo.collective", null, locale))
				: this.messages.getMessage("nomination.import.appliesTo.individual", null, locale));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, DossierFileController.attachment("mau-danh-sach-de-nghi-khen-thuong.xlsx"))
			.contentType(MediaType.parseMediaType(XLSX))
			.body(out.toByteArray());
	}

	@PostMapping("/import")
	String importList(@PathVariable Long id, @RequestParam long version, @RequestParam MultipartFile file,
			CurrentUser user, RedirectAttributes redirect) throws IOException {
		List<NomineeImport.RowError> errors = this.imports.importXlsx(id, version, file.getBytes(), user);
		if (errors.isEmpty()) {
			Flash.success(redirect, "nomination.import.done");
		}
		else {
			Flash.warning(redirect, "nomination.import.failed", errors.size());
			redirect.addFlashAttribute("importErrors", errors);
		}
		return "redirect:/nominations/" + id;
	}

}
