package vn.atgt.thidua.nomination;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.domain.NotFoundException;

/** The office keeps the list of award forms. */
@Service
@Transactional
public class AwardFormService {

	private final AwardFormRepository forms;

	private final ReportFormRepository reportForms;

	private final Clock clock;

	AwardFormService(AwardFormRepository forms, ReportFormRepository reportForms, Clock clock) {
		this.forms = forms;
		this.reportForms = reportForms;
		this.clock = clock;
	}

	/** The form each subject's achievement report follows (rule 5), collective first. */
	@Transactional(readOnly = true)
	public List<ReportForm> reportForms() {
		return this.reportForms.findAllByOrderBySubjectTypeAsc();
	}

	/** Re-points the form a subject's achievement report follows; confirmations already given keep theirs. */
	public void recodeReportForm(Long id, long version, String formCode, CurrentUser office) {
		ReportForm form = this.reportForms.findById(id).orElseThrow(() -> new NotFoundException("ReportForm", id));
		form.requireVersion(version);
		form.recode(formCode, Actor.of(office), this.clock.instant());
		this.reportForms.save(form);
	}

	@Transactional(readOnly = true)
	public List<AwardForm> list() {
		return this.forms.findAllByOrderByPositionAscIdAsc();
	}

	@Transactional(readOnly = true)
	public AwardForm get(Long id) {
		return this.forms.findById(id).orElseThrow(() -> new NotFoundException("AwardForm", id));
	}

	public void update(Long id, long version, String name, AwardKind kind, boolean forCollective,
			boolean forIndividual, String decidedBy, boolean thematic, boolean active, CurrentUser office) {
		AwardForm form = get(id);
		form.requireVersion(version);
		form.edit(name, kind, forCollective, forIndividual, decidedBy, thematic, active, Actor.of(office),
				this.clock.instant());
		this.forms.save(form);
	}

}
