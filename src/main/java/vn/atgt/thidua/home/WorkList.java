package vn.atgt.thidua.home;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.nomination.WorkingCalendar;
import vn.atgt.thidua.shared.time.VnDates;

/**
 * What each person has to do now (issue 12 item 5, ADR 0176), read in one statement per section from the views the
 * owning modules publish ({@code plan_directory}, {@code subplan_directory}, {@code year_end_report_directory},
 * {@code dossier_directory}, {@code dossier_review_directory}, {@code agency_directory}), never their tables.
 */
@Service
@Transactional(readOnly = true)
public class WorkList {

	/** A plan as clerks cite it. */
	public record PlanRef(Long id, int year, Integer number, String numberSymbol, LocalDate issueDate, String title) {
	}

	/** One step an agency owes for a plan: its state, deadline and, when returned, why. */
	public record Step(String kind, String status, LocalDate due, Long daysLeft, String returnedBecause, String link) {

		/** Not yet handed in (never started, a draft, or returned): the agency has to act. */
		public boolean open() {
			return this.status == null || "DRAFT".equals(this.status) || "RETURNED".equals(this.status)
					|| "RETURNED_FOR_COMPLETION".equals(this.status);
		}

		public boolean late() {
			return open() && this.daysLeft != null && this.daysLeft < 0;
		}

		/** The message key of the state: {@code home.state.none} before anything was saved. */
		public String stateKey() {
			if (this.status == null) {
				return "home.state.none";
			}
			return switch (this.kind) {
				case "subplan" -> "subplan.status." + this.status;
				case "report" -> "yearReport.status." + this.status;
				default -> "nomination.status." + this.status;
			};
		}

	}

	/** One plan of the agency: its three steps and the next one to take. */
	public record AgencyPlan(PlanRef plan, List<Step> steps) {

		public Step next() {
			return this.steps.stream().filter(Step::open).findFirst().orElse(null);
		}

	}

	/** A dossier put before a reviewer. */
	public record ReviewItem(Long dossierId, PlanRef plan, String agencyName, LocalDate due, Long daysLeft, long nominees,
			long withoutOpinion) {
	}

	/** Something handed in since the office's last visit. */
	public record Arrival(String kind, Long id, PlanRef plan, String agencyName, Instant submittedAt, String link) {
	}

	/** Per published plan and deadline: how many participants are late. */
	public record LateAgencies(PlanRef plan, LocalDate subPlanDue, long subPlansLate, LocalDate reportDue, long reportsLate,
			LocalDate nominationDue, long dossiersLate) {

		public boolean any() {
			return this.subPlansLate + this.reportsLate + this.dossiersLate > 0;
		}

	}

	/** The office's counters, each linking to the filtered list. */
	public record OfficeCounts(long subPlansWaiting, long reportsWaiting, long dossiersWaiting, long appraisalsLate) {
	}

	private static final String PLAN_COLUMNS = "p.id as plan_id, p.year, p.number, p.doc_type_symbol, p.body_symbol,"
			+ " p.issue_date, p.title";

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	/** The appraisal time limit is counted in working days, as on the dossier page (one rule, issue 14 item 5). */
	private final WorkingCalendar calendar;

	WorkList(NamedParameterJdbcTemplate jdbc, Clock clock, WorkingCalendar calendar) {
		this.calendar = calendar;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The agency's published plans, newest first, with the state of its sub-plan, report and dossier. */
	List<AgencyPlan> agency(Long agencyId) {
		return this.jdbc.query("select " + PLAN_COLUMNS + """
				, p.subplan_due_date, p.report_due_date, p.nomination_due_date,
				  s.status as s_status, s.return_reasons, r.status as r_status, r.return_reason,
				  d.id as d_id, d.status as d_status, d.last_return_items
				from plan_directory p
				join plan_participant_directory pp on pp.plan_id = p.id and pp.agency_id = :agency
				left join subplan_directory s on s.plan_id = p.id and s.agency_id = :agency
				left join year_end_report_directory r on r.plan_id = p.id and r.agency_id = :agency
				left join dossier_directory d on d.plan_id = p.id and d.agency_id = :agency
				where p.status = 'PUBLISHED'
				order by p.year desc, p.id desc""", Map.of("agency", agencyId), (rs, i) -> {
			PlanRef plan = plan(rs);
			Long dossier = rs.getObject("d_id", Long.class);
			return new AgencyPlan(plan, List.of(
					step("subplan", rs.getString("s_status"), date(rs, "subplan_due_date"),
							"RETURNED".equals(rs.getString("s_status")) ? rs.getString("return_reasons") : null,
							"/plans/" + plan.id() + "/subplan"),
					step("report", rs.getString("r_status"), date(rs, "report_due_date"),
							"RETURNED".equals(rs.getString("r_status")) ? rs.getString("return_reason") : null,
							"/plans/" + plan.id() + "/report"),
					step("nomination", rs.getString("d_status"), date(rs, "nomination_due_date"),
							"RETURNED_FOR_COMPLETION".equals(rs.getString("d_status"))
									? rs.getString("last_return_items") : null,
							dossier == null ? "/nominations" : "/nominations/" + dossier)));
		});
	}

	/** The dossiers under appraisal put before this reviewer, nearest deadline first. */
	List<ReviewItem> reviewer(Long reviewerId) {
		return this.jdbc.query("select " + PLAN_COLUMNS + """
				, d.id as d_id, d.appraisal_due_on, a.name as agency_name, w.nominees, w.nominees_without_opinion
				from dossier_review_directory w
				join dossier_directory d on d.id = w.dossier_id
				join agency_directory a on a.id = d.agency_id
				join plan_directory p on p.id = d.plan_id
				where w.reviewer_id = :reviewer and d.status = 'UNDER_APPRAISAL'
				order by d.appraisal_due_on nulls last, d.id""", Map.of("reviewer", reviewerId), (rs, i) -> {
			LocalDate due = date(rs, "appraisal_due_on");
			return new ReviewItem(rs.getLong("d_id"), plan(rs), rs.getString("agency_name"), due,
					this.calendar.appraisalDaysLeft(due),
					rs.getLong("nominees"), rs.getLong("nominees_without_opinion"));
		});
	}

	/** Sub-plans, reports and dossiers handed in after {@code since}, newest first (at most 20). */
	List<Arrival> arrivals(Instant since) {
		return this.jdbc.query("select " + PLAN_COLUMNS + """
				, x.kind, x.id, x.submitted_at, a.name as agency_name
				from (select 'subplan' as kind, id, plan_id, agency_id, submitted_at from subplan_directory
				      where status = 'SUBMITTED' and submitted_at > :since
				      union all
				      select 'report', id, plan_id, agency_id, submitted_at from year_end_report_directory
				      where status = 'SUBMITTED' and submitted_at > :since
				      union all
				      select 'nomination', id, plan_id, agency_id, submitted_at from dossier_directory
				      where status = 'SUBMITTED' and submitted_at > :since) x
				join plan_directory p on p.id = x.plan_id
				join agency_directory a on a.id = x.agency_id
				order by x.submitted_at desc limit 20""",
				Map.of("since", java.sql.Timestamp.from(since)), (rs, i) -> {
					PlanRef plan = plan(rs);
					String kind = rs.getString("kind");
					long id = rs.getLong("id");
					String link = switch (kind) {
						case "subplan" -> "/plans/" + plan.id() + "/subplans/" + id;
						case "report" -> "/reports/" + id;
						default -> "/nominations/" + id;
					};
					return new Arrival(kind, id, plan, rs.getString("agency_name"),
							rs.getTimestamp("submitted_at").toInstant(), link);
				});
	}

	OfficeCounts officeCounts() {
		return this.jdbc.queryForObject("""
				select (select count(*) from subplan_directory where status = 'SUBMITTED') as subplans,
				       (select count(*) from year_end_report_directory where status = 'SUBMITTED') as reports,
				       (select count(*) from dossier_directory where status = 'SUBMITTED') as dossiers,
				       (select count(*) from dossier_directory where status = 'UNDER_APPRAISAL'
				          and appraisal_due_on < :today) as appraisals_late""",
				Map.of("today", VnDates.today(this.clock)), (rs, i) -> new OfficeCounts(rs.getLong("subplans"),
						rs.getLong("reports"), rs.getLong("dossiers"), rs.getLong("appraisals_late")));
	}

	/** Published plans with, per passed deadline, the participants that have not handed in. */
	List<LateAgencies> lateAgencies() {
		return this.jdbc.query("select " + PLAN_COLUMNS + """
				, p.subplan_due_date, p.report_due_date, p.nomination_due_date,
				  case when p.subplan_due_date < :today then (select count(*) from plan_participant_directory pp
				    where pp.plan_id = p.id and not exists (select 1 from subplan_directory s where s.plan_id = p.id
				      and s.agency_id = pp.agency_id and s.status in ('SUBMITTED', 'ACCEPTED'))) else 0 end as s_late,
				  case when p.report_due_date < :today then (select count(*) from plan_participant_directory pp
				    where pp.plan_id = p.id and not exists (select 1 from year_end_report_directory r
				      where r.plan_id = p.id and r.agency_id = pp.agency_id and r.status in ('SUBMITTED', 'ACCEPTED')))
				    else 0 end as r_late,
				  case when p.nomination_due_date < :today then (select count(*) from plan_participant_directory pp
				    where pp.plan_id = p.id and not exists (select 1 from dossier_directory d where d.plan_id = p.id
				      and d.agency_id = pp.agency_id and d.status not in ('DRAFT', 'RETURNED_FOR_COMPLETION')))
				    else 0 end as d_late
				from plan_directory p where p.status = 'PUBLISHED'
				order by p.year desc, p.id desc""", Map.of("today", VnDates.today(this.clock)),
				(rs, i) -> new LateAgencies(plan(rs), date(rs, "subplan_due_date"), rs.getLong("s_late"),
						date(rs, "report_due_date"), rs.getLong("r_late"), date(rs, "nomination_due_date"),
						rs.getLong("d_late")));
	}

	private Step step(String kind, String status, LocalDate due, String reason, String link) {
		return new Step(kind, status, due, daysLeft(due), reason, link);
	}

	private Long daysLeft(LocalDate due) {
		return due == null ? null : ChronoUnit.DAYS.between(VnDates.today(this.clock), due);
	}

	private static PlanRef plan(ResultSet rs) throws SQLException {
		Integer number = rs.getObject("number", Integer.class);
		return new PlanRef(rs.getLong("plan_id"), rs.getInt("year"), number,
				(number == null ? "" : number) + "/" + rs.getString("doc_type_symbol") + "-"
						+ rs.getString("body_symbol"),
				date(rs, "issue_date"), rs.getString("title"));
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		java.sql.Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

}
