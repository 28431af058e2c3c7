package vn.atgt.thidua.report.web;

import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.shared.web.CreateOnce;
import vn.atgt.thidua.agency.AgencyDirectory;
import vn.atgt.thidua.report.FieldworkService;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.web.Flash;

/** Exemplary models: recorded by the office or an agency; the office marks those worth spreading; a public list. */
@Controller
class ModelController {

	private final FieldworkService fieldwork;

	private final AgencyDirectory agencies;

	ModelController(FieldworkService fieldwork, AgencyDirectory agencies) {
		this.fieldwork = fieldwork;
		this.agencies = agencies;
	}

	@GetMapping("/models")
	@PreAuthorize("hasAnyRole('OFFICE','AGENCY')")
	String list(@RequestParam(defaultValue = "0") int page, CurrentUser user, Model model) {
		model.addAttribute("models", this.fieldwork.models(user, PageRequest.of(Math.max(page, 0), 20)));
		return "report/models";
	}

	@GetMapping("/models/{id}")
	@PreAuthorize("hasAnyRole('OFFICE','AGENCY')")
	String show(@PathVariable Long id, CurrentUser user, Model model) {
		model.addAttribute("view", this.fieldwork.model(id, user));
		return "report/model";
	}

	@GetMapping("/models/new")
	@PreAuthorize("hasAnyRole('OFFICE','AGENCY')")
	String initCreationForm(CurrentUser user, Model model) {
		model.addAttribute("modelForm", new ModelForm());
		model.addAttribute("agencies", this.agencies.options());
		return "report/model-form";
	}

	@PostMapping("/models/new")
	@PreAuthorize("hasAnyRole('OFFICE','AGENCY')")
	String processCreationForm(@Valid ModelForm modelForm, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		if (user.isOffice() && modelForm.getAgencyId() == null) {
			result.rejectValue("agencyId", "NotNull");
		}
		if (result.hasErrors()) {
			model.addAttribute("agencies", this.agencies.options());
			return "report/model-form";
		}
		Long id = CreateOnce.run(() -> this.fieldwork.recordModel(modelForm.getAgencyId(), modelForm.getSubject(),
				modelForm.getAchievement(), modelForm.getReason(), modelForm.getEvidence(),
				modelForm.getCreationToken(), user));
		Flash.success(redirect, "model.flash.recorded");
		return "redirect:/models/" + id;
	}

	@PostMapping("/models/{id}/spread")
	@PreAuthorize("hasRole('OFFICE')")
	String spread(@PathVariable Long id, @RequestParam long version, @RequestParam boolean spread, CurrentUser user,
			RedirectAttributes redirect) {
		this.fieldwork.markWorthSpreading(id, version, spread, user);
		Flash.success(redirect, spread ? "model.flash.spread" : "model.flash.unspread");
		return "redirect:/models/" + id;
	}

	@GetMapping("/public/models")
	String publicList(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("models", this.fieldwork.publicModels(PageRequest.of(Math.max(page, 0), 20)));
		return "report/public-models";
	}

}
