package vn.atgt.thidua.nomination;

import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.nomination.NominationRules.PlanRules;
import vn.atgt.thidua.plan.PlanDirectory;
import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.shared.security.CurrentUser;

/** Rule 12: a plan's optional council vote and quota, read by the submission and the dossier, kept by the office. */
@Service
@Transactional
public class NominationRulesService {

	private final NominationRulesRepository rules;

	private final AwardFormRepository awardForms;

	private final PlanDirectory plans;

	private final Clock clock;

	NominationRulesService(NominationRulesRepository rules, AwardFormRepository awardForms, PlanDirectory plans,
			Clock clock) {
		this.rules = rules;
		this.awardForms = awardForms;
		this.plans = plans;
		this.clock = clock;
	}

	/** The plan's rules, all off when the office never set any. */
	@Transactional(readOnly = true)
	public PlanRules rules(Long planId) {
		this.plans.facts(planId);
		return this.rules.findByPlanId(planId).map(NominationRules::toPlanRules).orElseGet(() -> PlanRules.off(planId));
	}

	public void change(Long planId, long version, boolean voteRequired, Integer threshold, Integer quota,
			CurrentUser office) {
		this.plans.facts(planId);
		NominationRules current = this.rules.findByPlanId(planId).orElse(null);
		if (current == null) {
			// saved first so that the audited change names its record (a refusal below rolls it back)
			current = this.rules.saveAndFlush(new NominationRules(planId, office.displayName(), this.clock.instant()));
		}
		else {
			current.requireVersion(version);
		}
		current.change(voteRequired, threshold, quota, Actor.of(office), this.clock.instant());
		this.rules.save(current);
	}

	/** Refuses a dossier proposing more nominees of one award form than the plan's quota per agency. */
	void checkQuota(Dossier dossier) {
		Integer quota = this.rules.findByPlanId(dossier.getPlanId()).map(NominationRules::toPlanRules)
			.map(PlanRules::quota).orElse(null);
		if (quota == null) {
			return;
		}
		Map<Long, Long> perForm = dossier.getNominees().stream()
			.collect(Collectors.groupingBy(Nominee::getAwardFormId, TreeMap::new, Collectors.counting()));
		perForm.entrySet().stream().filter(e -> e.getValue() > quota).findFirst().ifPresent(e -> {
			String name = this.awardForms.findById(e.getKey()).map(AwardForm::getName).orElse(String.valueOf(e.getKey()));
			throw new QuotaExceededException(name, e.getValue().intValue(), quota);
		});
	}

}
