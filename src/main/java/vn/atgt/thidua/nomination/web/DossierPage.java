package vn.atgt.thidua.nomination.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.atgt.thidua.nomination.AppraisalService;
import vn.atgt.thidua.nomination.DossierService;
import vn.atgt.thidua.nomination.DossierView;
import vn.atgt.thidua.nomination.PartKind;
import vn.atgt.thidua.nomination.Sex;
import vn.atgt.thidua.nomination.SubjectType;
import vn.atgt.thidua.shared.security.CurrentUser;

/** The dossier page's model, for every controller that shows it again with a form's problems. */
@Component
class DossierPage {

	static final String VIEW = "nomination/dossier";

	private final DossierService dossiers;

	private final AppraisalService appraisal;

	DossierPage(DossierService dossiers, AppraisalService appraisal) {
		this.dossiers = dossiers;
		this.appraisal = appraisal;
	}

	String render(DossierView dossier, CurrentUser user, Model model) {
		model.addAttribute("dossier", dossier);
		model.addAttribute("awardForms", dossier.activeAwardForms());
		model.addAttribute("subjectTypes", SubjectType.values());
		model.addAttribute("sexes", Sex.values());
		model.addAttribute("dossierPartKinds", new PartKind[] { PartKind.TO_TRINH, PartKind.DANH_SACH,
				PartKind.BIEN_BAN_HOP_HDTDKT, PartKind.MINH_CHUNG });
		if (user.isOffice()) {
			model.addAttribute("reviewerOptions", this.appraisal.reviewers());
		}
		if (!model.containsAttribute("recusalForm")) {
			RecusalForm recusal = new RecusalForm();
			recusal.setVersion(dossier.version());
			model.addAttribute("recusalForm", recusal);
		}
		if (!model.containsAttribute("nomineeForm")) {
			NomineeForm form = new NomineeForm();
			form.setVersion(dossier.version());
			model.addAttribute("nomineeForm", form);
		}
		return VIEW;
	}

	/** The page again with the problems of a verdict form, what was typed kept. */
	String withVerdictProblems(Long id, Verdicts.Input input, CurrentUser user, Model model) {
		model.addAttribute("verdictInput", input);
		return render(this.dossiers.view(id, user), user, model);
	}

	/**
	 * The page again with the problems already in the model: the recusal form's binding result, or the reviewer the
	 * office may not assign again.
	 */
	String withProblems(Long id, CurrentUser user, Model model) {
		return render(this.dossiers.view(id, user), user, model);
	}

	java.util.List<Long> nomineeIds(Long id, CurrentUser user) {
		return this.dossiers.nomineeIds(id, user);
	}

}
