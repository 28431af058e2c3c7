package vn.atgt.thidua.nomination.web;

import vn.atgt.thidua.nomination.NominationRules;
import vn.atgt.thidua.nomination.NominationRules.PlanRules;

/** Rule 12: the office's form for a plan's council vote and quota. */
public class NominationRulesForm {

	private long version;

	private boolean voteRequired;

	private Integer voteThresholdPercent = NominationRules.DEFAULT_THRESHOLD;

	private Integer quota;

	static NominationRulesForm from(PlanRules rules) {
		NominationRulesForm form = new NominationRulesForm();
		form.version = rules.version();
		form.voteRequired = rules.voteRequired();
		form.voteThresholdPercent = rules.thresholdPercent();
		form.quota = rules.quota();
		return form;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public boolean isVoteRequired() {
		return this.voteRequired;
	}

	public void setVoteRequired(boolean voteRequired) {
		this.voteRequired = voteRequired;
	}

	public Integer getVoteThresholdPercent() {
		return this.voteThresholdPercent;
	}

	public void setVoteThresholdPercent(Integer voteThresholdPercent) {
		this.voteThresholdPercent = voteThresholdPercent;
	}

	public Integer getQuota() {
		return this.quota;
	}

	public void setQuota(Integer quota) {
		this.quota = quota;
	}

}
