package vn.atgt.thidua.nomination;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.atgt.thidua.nomination.NominationEvents.NominationRulesChanged;
import vn.atgt.thidua.shared.domain.VersionedAggregate;
import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.shared.events.FieldChange;

/**
 * Rule 12 (ADR 0190): a plan's optional rules, kept by the office and off until it switches them on: a council vote
 * on the office's list with its threshold counted against all members, and a quota of nominees per agency and award
 * form.
 */
@Entity
@Table(name = "nomination_rules")
public class NominationRules extends VersionedAggregate {

	public static final int DEFAULT_THRESHOLD = 80;

	public static final int MAX_QUOTA = 500;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long planId;

	private boolean voteRequired;

	private int voteThresholdPercent = DEFAULT_THRESHOLD;

	private Integer quotaPerAgencyAndForm;

	private String updatedBy;

	private Instant updatedAt;

	protected NominationRules() {
	}

	NominationRules(Long planId, String by, Instant now) {
		this.planId = planId;
		this.updatedBy = by;
		this.updatedAt = now;
	}

	/** Changes the rules; a threshold outside 1–100 or a quota outside 1–500 is refused next to its field. */
	void change(boolean voteRequired, Integer threshold, Integer quota, Actor by, Instant now) {
		if (voteRequired && threshold == null) {
			throw new NomineeRefusedException("voteThresholdPercent", "nomination.rules.error.thresholdRequired");
		}
		int newThreshold = threshold == null ? this.voteThresholdPercent : threshold;
		if (newThreshold < 1 || newThreshold > 100) {
			throw new NomineeRefusedException("voteThresholdPercent", "nomination.rules.error.threshold");
		}
		if (quota != null && (quota < 1 || quota > MAX_QUOTA)) {
			throw new NomineeRefusedException("quota", "nomination.rules.error.quota");
		}
		List<FieldChange> changes = new ArrayList<>();
		if (this.voteRequired != voteRequired) {
			changes.add(new FieldChange("voteRequired", String.valueOf(this.voteRequired), String.valueOf(voteRequired)));
		}
		if (this.voteThresholdPercent != newThreshold) {
			changes.add(new FieldChange("voteThresholdPercent", this.voteThresholdPercent + "%", newThreshold + "%"));
		}
		if (!Objects.equals(this.quotaPerAgencyAndForm, quota)) {
			changes.add(new FieldChange("quotaPerAgencyAndForm", text(this.quotaPerAgencyAndForm), text(quota)));
		}
		this.voteRequired = voteRequired;
		this.voteThresholdPercent = newThreshold;
		this.quotaPerAgencyAndForm = quota;
		this.updatedBy = by.name();
		this.updatedAt = now;
		registerEvent(new NominationRulesChanged(this.id, this.planId, changes, by, now));
	}

	private static String text(Integer value) {
		return value == null ? null : value.toString();
	}

	/** What the rest of the module reads. */
	public PlanRules toPlanRules() {
		return new PlanRules(this.planId, this.voteRequired, this.voteThresholdPercent, this.quotaPerAgencyAndForm,
				getVersion());
	}

	@Override
	public Long getId() {
		return this.id;
	}

	public Long getPlanId() {
		return this.planId;
	}

	public String getUpdatedBy() {
		return this.updatedBy;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	/** A plan's rules as read (the defaults, all off, when the office never set any). */
	public record PlanRules(Long planId, boolean voteRequired, int thresholdPercent, Integer quota, long version) {

		static PlanRules off(Long planId) {
			return new PlanRules(planId, false, DEFAULT_THRESHOLD, null, 0);
		}

	}

}
