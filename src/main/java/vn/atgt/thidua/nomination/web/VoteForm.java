package vn.atgt.thidua.nomination.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Rule 12: the council's meeting and the votes for each nominee on the list ({@code votes[<nomineeId>]}). */
public class VoteForm {

	private long version;

	private LocalDate meetingDate;

	private Integer membersTotal;

	private Integer membersPresent;

	private Map<Long, Integer> votes = new LinkedHashMap<>();

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public LocalDate getMeetingDate() {
		return this.meetingDate;
	}

	public void setMeetingDate(LocalDate meetingDate) {
		this.meetingDate = meetingDate;
	}

	public Integer getMembersTotal() {
		return this.membersTotal;
	}

	public void setMembersTotal(Integer membersTotal) {
		this.membersTotal = membersTotal;
	}

	public Integer getMembersPresent() {
		return this.membersPresent;
	}

	public void setMembersPresent(Integer membersPresent) {
		this.membersPresent = membersPresent;
	}

	public Map<Long, Integer> getVotes() {
		return this.votes;
	}

	public void setVotes(Map<Long, Integer> votes) {
		this.votes = votes;
	}

}
