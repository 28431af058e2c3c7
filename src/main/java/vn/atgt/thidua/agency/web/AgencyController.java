package vn.atgt.thidua.agency.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.agency.AgencyDetails;
import vn.atgt.thidua.agency.AgencyDirectory;
import vn.atgt.thidua.agency.AgencyKind;
import vn.atgt.thidua.agency.AgencyOption;
import vn.atgt.thidua.agency.AgencyService;
import vn.atgt.thidua.shared.province.ProvinceProperties;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.spreadsheet.RowBinder;
import vn.atgt.thidua.shared.spreadsheet.Spreadsheet;
import vn.atgt.thidua.shared.storage.Upload;
import vn.atgt.thidua.shared.storage.UploadRefusedException;
import vn.atgt.thidua.shared.web.Flash;

/** The office's agency registry: search list, create, edit, and the .xlsx import with its template. */
@Controller
@RequestMapping("/agencies")
@PreAuthorize("hasRole('OFFICE')")
class AgencyController {

	static final String FORM = "agency/form";

	private final AgencyService agencies;

	private final AgencyDirectory directory;

	private final org.springframework.context.MessageSource messages;

	private final ProvinceProperties province;

	private final AgencyImporter importer;

	private final AgencyFormValidator validator;

	AgencyController(AgencyService agencies, AgencyDirectory directory,
			org.springframework.context.MessageSource messages, AgencyImporter importer,
			AgencyFormValidator validator, ProvinceProperties province) {
		this.province = province;
		this.agencies = agencies;
		this.directory = directory;
		this.messages = messages;
		this.importer = importer;
		this.validator = validator;
	}

	@ModelAttribute("kinds")
	AgencyKind[] kinds() {
		return AgencyKind.values();
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("agencies", this.agencies.list(q, PageRequest.of(Math.max(page, 0), 25)));
		model.addAttribute("q", q);
		return "agency/list";
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("agencyForm", new AgencyForm());
		return form(model, null);
	}

	@PostMapping("/new")
	String processCreationForm(@Valid AgencyForm agencyForm, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		check(agencyForm, null, result);
		if (result.hasErrors()) {
			return form(model, null);
		}
		this.agencies.create(agencyForm.toDetails(), user);
		Flash.success(redirect, "agency.flash.created", agencyForm.getName());
		return "redirect:/agencies";
	}

	@GetMapping("/{id}/edit")
	String initUpdateForm(@PathVariable Long id, Model model) {
		model.addAttribute("agencyForm", AgencyForm.from(this.agencies.row(id)));
		return form(model, id);
	}

	@PostMapping("/{id}/edit")
	String processUpdateForm(@PathVariable Long id, @Valid AgencyForm agencyForm, BindingResult result,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		check(agencyForm, id, result);
		if (result.hasErrors()) {
			return form(model, id);
		}
		this.agencies.update(id, agencyForm.getVersion() == null ? -1 : agencyForm.getVersion(),
				agencyForm.toDetails(), user);
		Flash.success(redirect, "agency.flash.saved", agencyForm.getName());
		return "redirect:/agencies";
	}

	@GetMapping("/import")
	String importForm() {
		return "agency/import";
	}

	@PostMapping("/import")
	String importFile(@RequestParam("file") MultipartFile file, CurrentUser user, Locale locale, Model model,
			RedirectAttributes redirect) {
		RowBinder.Result<AgencyDetails> result;
		try {
			result = this.importer.read(Upload.of(file), locale);
		}
		catch (UploadRefusedException ex) {
			return refused(model, ex.messageKey(), locale);
		}
		catch (RuntimeException ex) {
			return refused(model, "agency.import.error.unreadable", locale);
		}
		if (result.rows().isEmpty() && result.errors().isEmpty()) {
			return refused(model, "agency.import.error.empty", locale);
		}
		if (!result.ok()) {
			model.addAttribute("errors", result.errors());
			return "agency/import";
		}
		this.agencies.importAgencies(result.rows().stream().map(RowBinder.Bound::form).toList(), user);
		Flash.success(redirect, "agency.flash.imported");
		return "redirect:/agencies";
	}

	private String refused(Model model, String messageKey, Locale locale) {
		model.addAttribute("errors",
				List.of(new RowBinder.RowError(0, this.messages.getMessage(messageKey, null, locale))));
		return "agency/import";
	}

	@GetMapping("/template.xlsx")
	void template(Locale locale, HttpServletResponse response) throws IOException {
		List<String> headers = java.util.stream.Stream.of("name", "shortName", "kind", "email", "validFrom", "validTo")
			.map(h -> this.messages.getMessage("agency.template." + h, null, locale)).toList();
		List<List<String>> example = List.of(List.of("Sở Khoa học và Công nghệ", "SKHCN",
				AgencyKind.PROVINCIAL_DEPARTMENT.name(), "sokhcn@" + this.province.mailDomain(), "1/3/2025"));
		List<List<String>> kinds = java.util.Arrays.stream(AgencyKind.values()).map(k -> List.of(k.name())).toList();
		Spreadsheet.send(response, "mau-nhap-co-quan", sheet -> sheet.table("Co quan", headers, example)
			.table("Loai", List.of(headers.get(2)), kinds));
	}

	private void check(AgencyForm form, Long id, BindingResult result) {
		this.validator.validate(form, id, result);
		if (id != null && (Objects.equals(form.getParentId(), id) || Objects.equals(form.getPredecessorId(), id)
				|| Objects.equals(form.getSuccessorId(), id))) {
			result.rejectValue("parentId", "agency.validation.self");
		}
	}

	private String form(Model model, Long id) {
		List<AgencyOption> options = this.directory.options();
		model.addAttribute("options", options);
		model.addAttribute("agencyId", id);
		return FORM;
	}

}
