package vn.atgt.thidua.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The generated records the simulation visits: the 2,000-agency plan and who may open what in it. */
record Fixture(long currentPlan, long pastPlan, int participants, long submittedSubPlan, List<Login> office,
		List<AgencyLogin> agencies, List<ReviewerLogin> reviewers) {

	record Login(String username) {
	}

	record AgencyLogin(String username, long agencyId, long dossierId) {
	}

	record ReviewerLogin(String username, long dossierId) {
	}

	static Fixture read(String jdbcUrl) throws SQLException {
		try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
			long current = NationalDataSet.single(c, "select id from plan where body_symbol = 'BATGT-BM' and status = 'PUBLISHED'");
			long past = NationalDataSet.single(c, "select id from plan where body_symbol = 'BATGT-BM' and year = 2024");
			int participants = (int) NationalDataSet.single(c, "select count(*) from plan_participant where plan_id = " + current);
			long subPlan = NationalDataSet.single(c,
					"select min(id) from subplan where status = 'SUBMITTED' and plan_id = " + current);
			List<Login> office = new ArrayList<>();
			List<AgencyLogin> agencies = new ArrayList<>();
			List<ReviewerLogin> reviewers = new ArrayList<>();
			try (Statement s = c.createStatement()) {
				try (ResultSet rs = s.executeQuery("select username from user_account where username like 'bench.vp%' order by id")) {
					while (rs.next()) {
						office.add(new Login(rs.getString(1)));
					}
				}
				try (ResultSet rs = s.executeQuery("""
						select u.username, u.agency_id, d.id from user_account u
						join dossier d on d.agency_id = u.agency_id and d.plan_id = %d
						where u.username like 'bench.%%' and u.agency_id is not null order by u.id limit 400
						""".formatted(current))) {
					while (rs.next()) {
						agencies.add(new AgencyLogin(rs.getString(1), rs.getLong(2), rs.getLong(3)));
					}
				}
				try (ResultSet rs = s.executeQuery("""
						select u.username, min(r.dossier_id) from user_account u join dossier_reviewer r on r.reviewer_id = u.id
						join dossier d on d.id = r.dossier_id and d.plan_id = %d
						where u.username like 'bench.td%%' group by u.username order by u.username
						""".formatted(current))) {
					while (rs.next()) {
						reviewers.add(new ReviewerLogin(rs.getString(1), rs.getLong(2)));
					}
				}
			}
			return new Fixture(current, past, participants, subPlan, office, agencies, reviewers);
		}
	}

}
