package vn.atgt.thidua.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.atgt.thidua.agency.AgencyOption;

/** A plan as its detail, print and public pages show it. */
public record PlanView(Long id, long version, PlanStatus status, Integer number, String numberSymbol,
		LocalDate issueDate, PlanContent content, List<AgencyOption> participants, List<PlanAmendment> amendments,
		Long copiedFromId, Instant publishedAt, Instant closedAt) {

	public boolean isDraft() {
		return this.status == PlanStatus.DRAFT;
	}

	public boolean isPublished() {
		return this.status == PlanStatus.PUBLISHED;
	}

	public boolean isClosed() {
		return this.status == PlanStatus.CLOSED;
	}

	public boolean isParticipant(Long agencyId) {
		return this.participants.stream().anyMatch(p -> p.id().equals(agencyId));
	}

}
