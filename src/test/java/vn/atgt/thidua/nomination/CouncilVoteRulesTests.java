package vn.atgt.thidua.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.atgt.thidua.shared.events.Actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rule 12 (ADR 0190): the vote threshold counted against all members of the council, and the checks of a vote. */
class CouncilVoteRulesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	@Test
	void eightOfElevenMembersIsBelowEightyPercentEvenWhenAllEightPresentVotedFor() {
		assertThat(CouncilVote.carries(8, 11, 80)).isFalse();
		assertThat(CouncilVote.ratio(8, 11)).isEqualTo("72,7%");
		// against those present it would have been 100 %: the rule counts all members
		assertThat(CouncilVote.carries(8, 8, 80)).isTrue();
	}

	@Test
	void exactlyTheThresholdCarriesAndOneVoteLessDoesNot() {
		assertThat(CouncilVote.carries(8, 10, 80)).isTrue();
		assertThat(CouncilVote.carries(7, 10, 80)).isFalse();
		assertThat(CouncilVote.carries(9, 11, 80)).isTrue();
		assertThat(CouncilVote.ratio(9, 11)).isEqualTo("81,8%");
		// 79.99 % is not rounded up to 80 %
		assertThat(CouncilVote.carries(7999, 10000, 80)).isFalse();
		assertThat(CouncilVote.carries(1, 1, 100)).isTrue();
		assertThat(CouncilVote.carries(0, 5, 1)).isFalse();
		assertThat(CouncilVote.ratio(2, 3)).isEqualTo("66,7%");
	}

	@Test
	void everyBadFigureIsAProblemNextToItsField() {
		List<CouncilVote.Problem> problems = CouncilVote.problems(null, TODAY, 11, 12, List.of(1L, 2L, 3L, 4L),
				Map.of(1L, -1, 2L, 13, 4L, 5));
		assertThat(problems).extracting(CouncilVote.Problem::field, CouncilVote.Problem::messageKey).containsExactly(
				org.assertj.core.groups.Tuple.tuple("meetingDate", "nomination.vote.error.dateRequired"),
				org.assertj.core.groups.Tuple.tuple("membersPresent", "nomination.vote.error.presentAboveMembers"),
				org.assertj.core.groups.Tuple.tuple("votes[1]", "nomination.vote.error.votesNegative"),
				org.assertj.core.groups.Tuple.tuple("votes[2]", "nomination.vote.error.votesAbovePresent"),
				org.assertj.core.groups.Tuple.tuple("votes[3]", "nomination.vote.error.votesRequired"));
		assertThat(CouncilVote.problems(TODAY.plusDays(1), TODAY, 0, -1, List.of(), Map.of()))
			.extracting(CouncilVote.Problem::messageKey).containsExactly("nomination.vote.error.dateFuture",
					"nomination.vote.error.members", "nomination.vote.error.present");
		assertThat(CouncilVote.problems(TODAY, TODAY, 11, 8, List.of(1L), Map.of(1L, 8))).isEmpty();
	}

	@Test
	void aRecordedVoteFixesWhichNomineesItCarried() {
		CouncilVote vote = CouncilVote.record(5L, 7L, TODAY, TODAY, 11, 8, 80, List.of(1L, 2L), Map.of(1L, 8, 2L, 0),
				new Actor(1L, "Văn phòng", null, null), Instant.EPOCH);
		assertThat(vote.carried(1L)).isFalse();
		assertThat(vote.carried(2L)).isFalse();
		assertThat(vote.carried(99L)).as("a nominee the vote did not list").isTrue();
		CouncilVote carried = CouncilVote.record(5L, 7L, TODAY, TODAY, 10, 9, 80, List.of(1L), Map.of(1L, 8),
				new Actor(1L, "Văn phòng", null, null), Instant.EPOCH);
		assertThat(carried.carried(1L)).isTrue();
		assertThatThrownBy(() -> CouncilVote.record(5L, 7L, TODAY, TODAY, 10, 11, 80, List.of(1L), Map.of(1L, 8),
				new Actor(1L, "Văn phòng", null, null), Instant.EPOCH))
			.isInstanceOf(NomineeRefusedException.class)
			.hasMessage("nomination.vote.error.presentAboveMembers");
	}

	@Test
	void rulesRefuseAThresholdOrQuotaOutOfRangeAndDefaultToEightyPercent() {
		NominationRules rules = new NominationRules(3L, "Văn phòng", Instant.EPOCH);
		Actor by = new Actor(1L, "Văn phòng", null, null);
		assertThat(rules.toPlanRules().voteRequired()).isFalse();
		assertThat(rules.toPlanRules().thresholdPercent()).isEqualTo(80);
		assertThatThrownBy(() -> rules.change(true, 0, null, by, Instant.EPOCH))
			.hasMessage("nomination.rules.error.threshold");
		assertThatThrownBy(() -> rules.change(true, 101, null, by, Instant.EPOCH))
			.hasMessage("nomination.rules.error.threshold");
		assertThatThrownBy(() -> rules.change(true, null, null, by, Instant.EPOCH))
			.hasMessage("nomination.rules.error.thresholdRequired");
		assertThatThrownBy(() -> rules.change(false, 80, 0, by, Instant.EPOCH)).hasMessage("nomination.rules.error.quota");
		assertThatThrownBy(() -> rules.change(false, 80, 501, by, Instant.EPOCH))
			.hasMessage("nomination.rules.error.quota");
		rules.change(true, 75, 500, by, Instant.EPOCH);
		assertThat(rules.toPlanRules()).extracting(r -> r.voteRequired(), r -> r.thresholdPercent(), r -> r.quota())
			.containsExactly(true, 75, 500);
	}

}
