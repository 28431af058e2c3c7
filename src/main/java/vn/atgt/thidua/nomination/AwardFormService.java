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

	/** The award form with its scoring criteria, in order. */
	@Transactional(readOnly = true)
	public AwardForm withCriteria(Long id) {
		AwardForm form = this.forms.findWithCriteriaById(id).orElseThrow(() -> new NotFoundException("AwardForm", id));
		form.getCriteria().size();
		return form;
	}

	/**
	 * Saves the scoring criteria of an award form as the office typed them (added, changed, left out); removing a
	 * criterion some reviewer already scored is refused.
	 */
	public void saveCriteria(Long id, long version, List<CriterionSpec> specs, CurrentUser office) {
		AwardForm form = withCriteria(id);
		form.requireVersion(version);
		java.util.Set<Long> kept = specs.stream().map(CriterionSpec::id).filter(java.util.Objects::nonNull)
			.collect(java.util.stream.Collectors.toSet());
		specs.stream().map(CriterionSpec::id).filter(java.util.Objects::nonNull).forEach(form::criterion);
		List<Long> removed = form.getCriteria().stream().map(ScoringCriterion::getId).filter(c -> !kept.contains(c))
			.toList();
		if (!removed.isEmpty()) {
			this.forms.findScoredAmong(removed).stream().findFirst().ifPresent(c -> {
				throw new CriterionInUseException(c);
			});
		}
		form.saveCriteria(specs, Actor.of(office), this.clock.instant());
		this.forms.saveAndFlush(form);
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
