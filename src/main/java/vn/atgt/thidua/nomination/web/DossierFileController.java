package vn.atgt.thidua.nomination.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
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

import vn.atgt.thidua.nomination.AwardRow;
import vn.atgt.thidua.nomination.DossierService;
import vn.atgt.thidua.nomination.PartKind;
import vn.atgt.thidua.nomination.SubjectType;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.spreadsheet.Spreadsheet;
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

	@PostMapping("/parts/{partId}/replace")
	@PreAuthorize("hasRole('AGENCY')")
	String replace(@PathVariable Long id, @PathVariable Long partId, @RequestParam long version,
			@RequestParam MultipartFile file, CurrentUser user, RedirectAttributes redirect) {
		Upload upload = Upload.of(file);
		try {
			this.dossiers.replacePart(id, version, partId, upload, user);
			Flash.success(redirect, "nomination.flash.partReplaced", upload.displayName());
		}
		catch (UploadRefusedException ex) {
			Flash.warning(redirect, ex.messageKey(), upload.displayName());
		}
		return "redirect:/nominations/" + id;
	}

	@PostMapping("/parts/{partId}/remove")
	@PreAuthorize("hasRole('AGENCY')")
	String remove(@PathVariable Long id, @PathVariable Long partId, @RequestParam long version, CurrentUser user,
			RedirectAttributes redirect) {
		this.dossiers.removePart(id, version, partId, user);
		Flash.success(redirect, "nomination.flash.partRemoved");
		return "redirect:/nominations/" + id;
	}

	@GetMapping("/parts/{partId}")
	ResponseEntity<Resource> download(@PathVariable Long id, @PathVariable Long partId, CurrentUser user) {
		return FileResponses.attachment(this.dossiers.part(id, partId, user));
	}

	@GetMapping("/list.xlsx")
	void exportList(@PathVariable Long id, CurrentUser user, Locale locale, HttpServletResponse response)
			throws IOException {
		List<AwardRow> rows = this.dossiers.listRows(id, user);
		xlsx(this.messages, locale, "danh-sach-de-nghi-" + id, rows, response);
	}

	/** The official list (danh sách đề nghị khen thưởng): STT, name, position, unit, award form, achievement. */
	static void xlsx(MessageSource messages, Locale locale, String baseName, List<AwardRow> rows,
			HttpServletResponse response) throws IOException {
		Function<String, String> t = key -> messages.getMessage("nomination.export." + key, null, locale);
		List<Spreadsheet.Column<AwardRow>> columns = List.of(Spreadsheet.Column.rowNumber(t.apply("stt")),
				new Spreadsheet.Column<>(t.apply("name"), AwardRow::name),
				new Spreadsheet.Column<>(t.apply("position"), AwardRow::positionTitle),
				new Spreadsheet.Column<>(t.apply("unit"),
						r -> r.subjectType() == SubjectType.INDIVIDUAL ? r.unit() : r.agencyName()),
				new Spreadsheet.Column<>(t.apply("awardForm"), AwardRow::awardForm),
				new Spreadsheet.Column<>(t.apply("achievement"), AwardRow::achievement));
		Spreadsheet.send(response, baseName, sheet -> sheet.sheet(t.apply("sheet"), columns, rows));
	}

}
