package vn.atgt.thidua.nomination;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import vn.atgt.thidua.nomination.NominationEvents.CouncilVoteRecorded;
import vn.atgt.thidua.shared.domain.VersionedAggregate;
import vn.atgt.thidua.shared.events.Actor;

/**
 * Rule 12 (ADR 0190): the vote of the Hội đồng Thi đua – Khen thưởng on the office's list, recorded once with its
 * minutes. A nominee is carried when the votes for it reach the threshold counted against ALL members of the council,
 * not those present: 8 votes of 11 members is 72.7 %, below 80 % even when all 8 present voted for.
 */
@Entity
@Table(name = "council_vote")
public class CouncilVote extends VersionedAggregate {

	public static final int MAX_MEMBERS = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long submissionId;

	private LocalDate meetingDate;

	private int membersTotal;

	private int membersPresent;

	private int thresholdPercent;

	private String recordedBy;

	private Instant recordedAt;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "council_vote_count", joinColumns = @JoinColumn(name = "vote_id"))
	private List<Count> counts = new ArrayList<>();

	protected CouncilVote() {
	}

	/** The votes for one nominee and whether they carried it (fixed when recorded, with the threshold then). */
	@Embeddable
	public record Count(Long nomineeId, int votesFor, boolean carried) {
	}

	/** A value the rule refuses, with the field of the vote form it belongs to. */
	public record Problem(String field, String messageKey) {
	}

	/** Rule 12: carried when votesFor / membersTotal ≥ threshold %, in exact integers (no rounding up of 79.99 %). */
	public static boolean carries(int votesFor, int membersTotal, int thresholdPercent) {
		return (long) votesFor * 100 >= (long) thresholdPercent * membersTotal;
	}

	/** The ratio against all members with one decimal, "72,7%". */
	public static String ratio(int votesFor, int membersTotal) {
		BigDecimal percent = BigDecimal.valueOf(votesFor * 100L)
			.divide(BigDecimal.valueOf(membersTotal), 1, RoundingMode.HALF_UP);
		return percent.toPlainString().replace('.', ',') + "%";
	}

	/**
	 * Every problem of the figures, each next to its field: no date or a future one, members not 1–1000, present
	 * above members or negative, for each listed nominee votes blank, negative or above those present.
	 */
	public static List<Problem> problems(LocalDate meetingDate, LocalDate today, Integer members, Integer present,
			List<Long> nomineeIds, Map<Long, Integer> votes) {
		List<Problem> problems = new ArrayList<>();
		if (meetingDate == null) {
			problems.add(new Problem("meetingDate", "nomination.vote.error.dateRequired"));
		}
		else if (meetingDate.isAfter(today)) {
			problems.add(new Problem("meetingDate", "nomination.vote.error.dateFuture"));
		}
		if (members == null || members < 1 || members > MAX_MEMBERS) {
			problems.add(new Problem("membersTotal", "nomination.vote.error.members"));
		}
		if (present == null || present < 0) {
			problems.add(new Problem("membersPresent", "nomination.vote.error.present"));
		}
		else if (members != null && present > members) {
			problems.add(new Problem("membersPresent", "nomination.vote.error.presentAboveMembers"));
		}
		for (Long nomineeId : nomineeIds) {
			Integer v = votes.get(nomineeId);
			String field = "votes[" + nomineeId + "]";
			if (v == null) {
				problems.add(new Problem(field, "nomination.vote.error.votesRequired"));
			}
			else if (v < 0) {
				problems.add(new Problem(field, "nomination.vote.error.votesNegative"));
			}
			else if (present != null && present >= 0 && v > present) {
				problems.add(new Problem(field, "nomination.vote.error.votesAbovePresent"));
			}
		}
		return problems;
	}

	/** Records the vote on the listed (passing) nominees; refuses the first problem next to its field. */
	static CouncilVote record(Long submissionId, Long planId, LocalDate meetingDate, LocalDate today, Integer members,
			Integer present, int thresholdPercent, List<Long> nomineeIds, Map<Long, Integer> votes, Actor by,
			Instant now) {
		List<Problem> problems = problems(meetingDate, today, members, present, nomineeIds, votes);
		if (!problems.isEmpty()) {
			throw new NomineeRefusedException(problems.get(0).field(), problems.get(0).messageKey());
		}
		CouncilVote vote = new CouncilVote();
		vote.submissionId = submissionId;
		vote.meetingDate = meetingDate;
		vote.membersTotal = members;
		vote.membersPresent = present;
		vote.thresholdPercent = thresholdPercent;
		vote.recordedBy = by.name();
		vote.recordedAt = now;
		for (Long nomineeId : nomineeIds) {
			int v = votes.get(nomineeId);
			vote.counts.add(new Count(nomineeId, v, carries(v, members, thresholdPercent)));
		}
		long carried = vote.counts.stream().filter(Count::carried).count();
		vote.registerEvent(new CouncilVoteRecorded(submissionId, planId, meetingDate, members, present,
				thresholdPercent, (int) carried, vote.counts.size() - (int) carried, by, now));
		return vote;
	}

	public Optional<Count> countOf(Long nomineeId) {
		return this.counts.stream().filter(c -> c.nomineeId().equals(nomineeId)).findFirst();
	}

	/** Whether the vote carried the nominee; a nominee the vote did not list (none) is not held back by it. */
	public boolean carried(Long nomineeId) {
		return countOf(nomineeId).map(Count::carried).orElse(true);
	}

	@Override
	public Long getId() {
		return this.id;
	}

	public Long getSubmissionId() {
		return this.submissionId;
	}

	public LocalDate getMeetingDate() {
		return this.meetingDate;
	}

	public int getMembersTotal() {
		return this.membersTotal;
	}

	public int getMembersPresent() {
		return this.membersPresent;
	}

	public int getThresholdPercent() {
		return this.thresholdPercent;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

	public List<Count> getCounts() {
		return List.copyOf(this.counts);
	}

}
