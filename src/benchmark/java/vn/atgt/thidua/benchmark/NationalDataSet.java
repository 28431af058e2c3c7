package vn.atgt.thidua.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Generates the national-scale data set into a database that the application has migrated and filled with its demo
 * data: set-based SQL only (generate_series, INSERT … SELECT), so a million rows take seconds, not hours. The plan
 * documents are clones of the demo 2024 plan (real Vietnamese text), so every page renders real content.
 *
 * <p>Shape at scale 1.0: 2,000 agencies of which 200 were merged on 1/7/2025 into 100 successors; 10 plans
 * 2017–2026, each with 2,000 participants (the 2026 one published, the others closed); a sub-plan, a year-end report
 * and a dossier of 10 nominees per participant and plan (≈ 20,000 / 20,000 / 200,000), in every state; 1,000,000
 * audit events; 100,000 notifications; accounts for the office, each agency and 10 reviewers.
 */
final class NationalDataSet {

	static final String PASSWORD = "Bench@2026";

	static final int YEARS = 10;

	static final int FIRST_YEAR = 2017;

	private final String jdbcUrl;

	private final double scale;

	private final Map<String, Long> timings = new LinkedHashMap<>();

	NationalDataSet(String jdbcUrl, double scale) {
		this.jdbcUrl = jdbcUrl;
		this.scale = scale;
	}

	int agencies() {
		return (int) Math.round(2000 * this.scale);
	}

	int auditEvents() {
		return (int) Math.round(1_000_000 * this.scale);
	}

	int notifications() {
		return (int) Math.round(100_000 * this.scale);
	}

	Map<String, Long> timings() {
		return this.timings;
	}

	/** Generates everything; returns the row counts of the main tables. */
	Map<String, Long> generate() throws SQLException {
		// computed once, shared by every account; "{bcrypt}…" as the application's delegating encoder expects
		String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
		try (Connection c = DriverManager.getConnection(this.jdbcUrl, "postgres", "")) {
			c.setAutoCommit(true);
			long demoPlan = single(c, "select id from plan where status = 'PUBLISHED' order by year desc, id limit 1");
			int n = agencies();
			int merged = n / 10;
			step(c, "agencies", """
					insert into agency (name, short_name, kind, valid_from, valid_to, contact_email, has_area, active)
					select case when g %% 4 = 0 then 'Ủy ban nhân dân xã Bình Đông số ' || lpad(g::text, 4, '0')
					            when g %% 4 = 1 then 'Phòng Cảnh sát giao thông khu vực ' || lpad(g::text, 4, '0')
					            when g %% 4 = 2 then 'Đoàn Thanh niên Cộng sản Hồ Chí Minh cơ sở ' || lpad(g::text, 4, '0')
					            else 'Trường Trung học phổ thông Nguyễn Trãi số ' || lpad(g::text, 4, '0') end,
					       'BĐ-' || g,
					       (array['COMMUNE_COMMITTEE','POLICE','MASS_ORGANISATION','OTHER','DISTRICT_COMMITTEE'])[1 + g %% 5],
					       date '2015-01-01', case when g <= %d then date '2025-06-30' end,
					       'bench' || g || '@example.vn', g %% 4 = 0, g > %d
					from generate_series(1, %d) g
					""".formatted(merged, merged, n));
			// every two agencies abolished in the 2025 reform merge into one successor
			step(c, "successors", """
					insert into agency (name, short_name, kind, valid_from, contact_email, has_area, active)
					select 'Ủy ban nhân dân xã Hợp Nhất số ' || lpad(g::text, 4, '0'), 'HN-' || g, 'COMMUNE_COMMITTEE',
					       date '2025-07-01', 'hopnhat' || g || '@example.vn', true, true
					from generate_series(1, %d) g
					""".formatted(merged / 2));
			exec(c, """
					update agency a set successor_id = s.id
					from agency s where a.short_name like 'BĐ-%%' and s.short_name = 'HN-' || (1 + (substr(a.short_name, 4)::int - 1) / 2)
					  and substr(a.short_name, 4)::int <= %d
					""".formatted(merged));
			exec(c, "update agency s set predecessor_id = (select min(a.id) from agency a where a.successor_id = s.id) "
					+ "where s.short_name like 'HN-%'");
			step(c, "plans", clonePlans(c, demoPlan));
			step(c, "task groups", """
					insert into plan_task_group (plan_id, position, title, content)
					select p.id, tg.position, tg.title, tg.content
					from plan p cross join plan_task_group tg
					where p.body_symbol = 'BATGT-BM' and tg.plan_id = %d
					""".formatted(demoPlan));
			step(c, "targets", cloneChildren(c, "plan_target", demoPlan));
			// the current plan: the 2025 successors and every agency that survived; past plans: the agencies of then
			step(c, "participants", """
					insert into plan_participant (plan_id, agency_id)
					select p.id, a.id from plan p join agency a on a.short_name like 'BĐ-%%' or a.short_name like 'HN-%%'
					where p.body_symbol = 'BATGT-BM'
					  and ((p.year >= 2026 and a.active) or (p.year < 2026 and a.short_name like 'BĐ-%%'))
					""".formatted());
			step(c, "sub-plans", """
					insert into subplan (plan_id, agency_id, status, number_symbol, issue_date, signer_title, signer_name,
					    introduction, purposes, indicators, items, assignments, recipients, first_submitted_at, submitted_at,
					    days_late, return_reasons, reviewed_at, reviewed_by, version, created_at, updated_at)
					select pp.plan_id, pp.agency_id, st.status, (pp.agency_id %% 90 + 1) || '/KH-' || 'BĐ',
					       make_date(p.year, 6, 1 + pp.agency_id::int %% 28), 'Chủ tịch', 'Nguyễn Văn An',
					       'Thực hiện Kế hoạch của Ban An toàn giao thông tỉnh, cơ quan xây dựng kế hoạch thực hiện như sau.',
					       '["Nâng cao ý thức chấp hành pháp luật về trật tự, an toàn giao thông", "Kéo giảm tai nạn giao thông"]',
					       '["Giảm 5%% số vụ tai nạn giao thông so với năm trước"]',
					       (select jsonb_agg(jsonb_build_object('content', 'Tuyên truyền, phổ biến pháp luật về an toàn giao thông nội dung ' || tg.position,
					               'taskGroupIds', jsonb_build_array(tg.id), 'unit', 'Văn phòng', 'timeline', 'Cả năm') order by tg.position)
					        from plan_task_group tg where tg.plan_id = pp.plan_id and (tg.position + pp.agency_id) %% 3 <> 0),
					       '[{"unit": "Văn phòng", "duties": ["Tham mưu tổ chức thực hiện"]}]', '["Ban ATGT tỉnh", "Lưu: VT"]',
					       case when st.status <> 'DRAFT' then make_timestamptz(p.year, 6, 20, 9, 0, 0) + (pp.agency_id %% 20) * interval '1 day' end,
					       case when st.status <> 'DRAFT' then make_timestamptz(p.year, 6, 20, 9, 0, 0) + (pp.agency_id %% 25) * interval '1 day' end,
					       case when st.status <> 'DRAFT' then greatest(0, (pp.agency_id %% 20)::int - 10) end,
					       case when st.status = 'RETURNED' then 'Chưa nêu rõ đơn vị chủ trì từng nhiệm vụ.' end,
					       case when st.status in ('ACCEPTED', 'RETURNED') then make_timestamptz(p.year, 7, 20, 9, 0, 0) end,
					       case when st.status in ('ACCEPTED', 'RETURNED') then 'Văn phòng Ban ATGT' end,
					       1 + pp.agency_id %% 3, make_timestamptz(p.year, 5, 1, 8, 0, 0), make_timestamptz(p.year, 7, 1, 8, 0, 0)
					from plan_participant pp join plan p on p.id = pp.plan_id and p.body_symbol = 'BATGT-BM'
					cross join lateral (select case when p.year < 2026 then 'ACCEPTED'
					        else (array['DRAFT','SUBMITTED','SUBMITTED','SUBMITTED','RETURNED','ACCEPTED','ACCEPTED'])[1 + pp.agency_id %% 7] end as status) st
					where p.year < 2026 or pp.agency_id %% 8 <> 0
					""".formatted());
			step(c, "sub-plan versions", """
					insert into subplan_version (subplan_id, number, submitted_at, submitted_by, days_late, snapshot)
					select s.id, v, s.first_submitted_at + (v - 1) * interval '10 days', 'Nguyễn Văn An', coalesce(s.days_late, 0),
					       jsonb_build_object('numberSymbol', s.number_symbol, 'introduction', s.introduction,
					           'signerName', s.signer_name, 'items', s.items::text)
					from subplan s join plan p on p.id = s.plan_id and p.body_symbol = 'BATGT-BM'
					cross join generate_series(1, case when s.status = 'DRAFT' then 0 when s.agency_id %% 3 = 0 then 2 else 1 end) v
					""".formatted());
			step(c, "year-end reports", """
					insert into year_end_report (version, plan_id, agency_id, status, dissemination, models_found, with_figures,
					    period_start, period_end, accidents, deaths, injuries, prev_accidents, prev_deaths, prev_injuries,
					    strengths, limits, causes, proposals, submitted_at, days_late, return_reason, created_at, updated_at)
					select 1 + pp.agency_id %% 4, pp.plan_id, pp.agency_id, st.status,
					       'Tổ chức 12 buổi tuyên truyền pháp luật về trật tự, an toàn giao thông cho cán bộ, nhân dân.',
					       'Mô hình "Cổng trường an toàn giao thông".', true, make_date(p.year - 1, 12, 15), make_date(p.year, 12, 14),
					       (pp.agency_id %% 9)::int, (pp.agency_id %% 4)::int, (pp.agency_id %% 7)::int,
					       (pp.agency_id %% 11)::int, (pp.agency_id %% 5)::int, (pp.agency_id %% 8)::int,
					       'Lãnh đạo quan tâm chỉ đạo sát sao.', 'Một số nhiệm vụ triển khai còn chậm.', 'Kinh phí còn hạn chế.',
					       'Đề nghị tăng cường kinh phí cho công tác tuyên truyền.',
					       case when st.status <> 'DRAFT' then make_timestamptz(p.year, 11, 20, 9, 0, 0) end,
					       case when st.status <> 'DRAFT' then (pp.agency_id %% 5)::int end,
					       case when st.status = 'RETURNED' then 'Thiếu số liệu so sánh cùng kỳ.' end,
					       make_timestamptz(p.year, 11, 1, 8, 0, 0), make_timestamptz(p.year, 11, 25, 8, 0, 0)
					from plan_participant pp join plan p on p.id = pp.plan_id and p.body_symbol = 'BATGT-BM'
					cross join lateral (select case when p.year < 2026 then 'ACCEPTED'
					        else (array['DRAFT','SUBMITTED','RETURNED','ACCEPTED'])[1 + pp.agency_id %% 4] end as status) st
					""".formatted());
			step(c, "report results", """
					insert into year_end_report_result (report_id, task_group_id, result)
					select r.id, tg.id, 'Đã triển khai đầy đủ nội dung nhiệm vụ ' || tg.position || '.'
					from year_end_report r join plan p on p.id = r.plan_id and p.body_symbol = 'BATGT-BM'
					join plan_task_group tg on tg.plan_id = r.plan_id and tg.position <= 3
					""");
			step(c, "accounts", accounts(hash));
			exec(c, """
					insert into user_account_role (account_id, role)
					select id, case when username like 'bench.vp%' then 'OFFICE' when username like 'bench.td%' then 'REVIEWER'
					                else 'AGENCY' end from user_account where username like 'bench.%'
					""");
			step(c, "consolidated submissions", """
					insert into consolidated_submission (plan_id, created_at, created_by, decision_number, decision_date,
					    decision_signer, decided_at)
					select id, make_timestamptz(year + 1, 1, 20, 9, 0, 0), 'Văn phòng Ban ATGT',
					       case when year < 2026 then (100 + year - 2000) || '/QĐ-UBND' end,
					       case when year < 2026 then make_date(year + 1, 2, 10) end,
					       case when year < 2026 then 'Chủ tịch UBND tỉnh' end,
					       case when year < 2026 then make_timestamptz(year + 1, 2, 10, 9, 0, 0) end
					from plan where body_symbol = 'BATGT-BM'
					""");
			step(c, "dossiers", """
					insert into dossier (plan_id, agency_id, status, submitted_at, received_on, appraisal_due_on, submission_id,
					    created_at, updated_at, version)
					select pp.plan_id, pp.agency_id, st.status,
					       case when st.status <> 'DRAFT' then make_timestamptz(p.year, 12, 1, 9, 0, 0) + (pp.agency_id %% 30) * interval '1 hour' end,
					       case when st.status in ('UNDER_APPRAISAL','APPRAISED','FORWARDED','DECIDED') then make_date(p.year, 12, 5) end,
					       case when st.status in ('UNDER_APPRAISAL','APPRAISED','FORWARDED','DECIDED') then make_date(p.year + 1, 1, 10) + (pp.agency_id %% 40)::int end,
					       case when st.status in ('FORWARDED','DECIDED') then cs.id end,
					       make_timestamptz(p.year, 11, 1, 8, 0, 0), make_timestamptz(p.year, 12, 1, 9, 0, 0), 1 + pp.agency_id %% 3
					from plan_participant pp join plan p on p.id = pp.plan_id and p.body_symbol = 'BATGT-BM'
					join consolidated_submission cs on cs.plan_id = p.id
					cross join lateral (select case when p.year < 2026 then 'DECIDED'
					        else (array['DRAFT','SUBMITTED','RETURNED_FOR_COMPLETION','UNDER_APPRAISAL','UNDER_APPRAISAL','APPRAISED','FORWARDED'])[1 + pp.agency_id %% 7] end as status) st
					""".formatted());
			step(c, "nominees", """
					insert into nominee (dossier_id, plan_id, subject_type, name, name_fold, sex, position_title, unit,
					    award_form_id, achievement, status, appraisal_reason, created_at)
					select d.id, d.plan_id, case when k = 1 then 'COLLECTIVE' else 'INDIVIDUAL' end, nm.name, fold_vi(nm.name),
					       case when k > 1 then (case when k %% 2 = 0 then 'NAM' else 'NU' end) end,
					       case when k > 1 then 'Chuyên viên' end, case when k > 1 then (a.name collate "default") end,
					       case when k = 1 then fc.id else fi.id end,
					       'Hoàn thành xuất sắc nhiệm vụ bảo đảm trật tự, an toàn giao thông năm ' || p.year || '.',
					       case d.status when 'DECIDED' then (case when k %% 5 = 0 then 'NOT_AWARDED' else 'AWARDED' end)
					                     when 'APPRAISED' then (case when k %% 5 = 0 then 'FAILED' else 'PASSED' end)
					                     when 'FORWARDED' then 'PASSED' else 'PROPOSED' end,
					       case when d.status in ('DECIDED','APPRAISED') and k %% 5 = 0 then 'Thành tích chưa tiêu biểu.' end,
					       d.created_at
					from dossier d join plan p on p.id = d.plan_id and p.body_symbol = 'BATGT-BM'
					join agency a on a.id = d.agency_id
					cross join generate_series(1, 10) k
					cross join lateral (select case when k = 1 then 'Tập thể ' || (a.name collate "default")
					        else (array['Nguyễn','Trần','Lê','Phạm','Hoàng','Huỳnh','Phan','Vũ','Võ','Đặng','Bùi','Đỗ'])[1 + (d.id + k) %% 12]
					          || ' ' || (array['Văn','Thị','Đức','Minh','Thu','Hữu','Ngọc','Quang'])[1 + (d.id * k) %% 8]
					          || ' ' || (array['An','Bình','Cường','Dũng','Hà','Hạnh','Lộc','Phúc','Quý','Sơn','Thảo','Yến'])[1 + (d.id + 3 * k) %% 12] end as name) nm
					cross join lateral (select id from award_form where for_collective and active order by position, id limit 1) fc
					cross join lateral (select id from award_form where for_individual and active order by position, id limit 1) fi
					""".formatted());
			step(c, "reviewer assignments", """
					insert into dossier_reviewer (dossier_id, reviewer_id, reviewer_name, assigned_at)
					select d.id, td.id, td.full_name, make_timestamptz(p.year, 12, 6, 9, 0, 0)
					from dossier d join plan p on p.id = d.plan_id and p.body_symbol = 'BATGT-BM'
					join (select id, full_name, row_number() over (order by username) - 1 as k
					      from user_account where username like 'bench.td%%') td on td.k in (d.id %% 10, (d.id + 1) %% 10)
					where d.status in ('UNDER_APPRAISAL','APPRAISED','FORWARDED','DECIDED')
					""".formatted());
			step(c, "audit events", """
					insert into audit_event (occurred_at, actor, actor_id, agency_id, address, action, record_type, record_id, summary)
					select timestamptz '2017-01-01 08:00+07' + (g::double precision / %d) * interval '3650 days',
					       (array['Nguyễn','Trần','Lê','Phạm','Hoàng','Huỳnh','Phan','Vũ','Võ','Đặng','Bùi','Đỗ','Hồ','Ngô','Dương','Lý'])[1 + g %% 16]
					         || ' ' || (array['Văn','Thị','Đức','Minh','Thu','Hữu','Ngọc','Quang','Thanh','Xuân'])[1 + (g / 16) %% 10]
					         || ' ' || (array['An','Bình','Cường','Dũng','Hà','Hạnh','Lộc','Phúc','Quý','Sơn','Thảo','Yến','Tùng','Nga'])[1 + (g / 160) %% 14],
					       1 + g %% 3000, case when g %% 3 = 0 then null else 1 + g %% %d end, '10.0.' || (g %% 250) || '.' || (g %% 200),
					       (array['subplan.submit','subplan.save','subplan.accept','subplan.return','report.submit','report.save',
					              'nomination.submit','nomination.receive','nomination.appraise','account.login','plan.update','agency.update'])[1 + g %% 12],
					       (array['SubPlan','SubPlan','SubPlan','SubPlan','YearEndReport','YearEndReport','Dossier','Dossier','Dossier','UserAccount','Plan','Agency'])[1 + g %% 12],
					       1 + g %% 20000, 'Thao tác số ' || g
					from generate_series(1, %d) g
					""".formatted(auditEvents(), n, auditEvents()));
			step(c, "notifications", """
					insert into notification (recipient_agency_id, recipient_office, message_key, args, link, created_at, read_at)
					select a.id, false, 'notification.plan.published', jsonb_build_array(p.number || '/KH-BATGT', p.title),
					       '/plans/' || p.id, p.published_at + (g %% 100) * interval '1 minute',
					       case when g %% 3 = 0 then null else p.published_at + interval '1 day' end
					from generate_series(1, %d) g
					join plan p on p.body_symbol = 'BATGT-BM' and p.year = %d + g %% %d
					join agency a on a.short_name = 'BĐ-' || (1 + (g / %d) %% %d)
					""".formatted(notifications(), FIRST_YEAR, YEARS, YEARS, n));
			step(c, "analyze", "analyze");
			return counts(c);
		}
	}

	private String accounts(String hash) {
		return """
				insert into user_account (username, full_name, email, password_hash, agency_id, enabled, must_change_password)
				select 'bench.vp' || g, 'Cán bộ Văn phòng ' || g, 'vp' || g || '@example.vn', '%1$s', null::bigint, true, false
				from generate_series(1, 8) g
				union all
				select 'bench.td' || lpad(g::text, 2, '0'), 'Thành viên Tổ thẩm định ' || g, 'td' || g || '@example.vn', '%1$s',
				       null::bigint, true, false from generate_series(1, 10) g
				union all
				select 'bench.' || lower(replace(a.short_name, 'Đ', 'd')), 'Cán bộ ' || (a.name collate "default"), null, '%1$s', a.id, true, false
				from agency a where a.active and (a.short_name like 'BĐ-%%' or a.short_name like 'HN-%%')
				""".formatted(hash);
	}

	/** One plan a year, a copy of the demo plan's document with its own year, number and dates. */
	private static String clonePlans(Connection c, long demoPlan) throws SQLException {
		Map<String, String> overrides = new LinkedHashMap<>();
		overrides.put("status", "case when y < 2026 then 'CLOSED' else 'PUBLISHED' end");
		overrides.put("year", "y");
		overrides.put("body_symbol", "'BATGT-BM'");
		overrides.put("number", "y - 2000");
		overrides.put("issue_date", "make_date(y, 1, 10)");
		overrides.put("start_date", "make_date(y, 1, 10)");
		overrides.put("end_date", "make_date(y, 12, 31)");
		overrides.put("subplan_due_date", "make_date(y, 6, 30)");
		overrides.put("report_due_date", "make_date(y, 11, 30)");
		overrides.put("nomination_due_date", "make_date(y, 12, 15)");
		overrides.put("title", "replace(title, '2024', y::text)");
		overrides.put("published_at", "make_timestamptz(y, 1, 10, 9, 0, 0)");
		overrides.put("closed_at", "case when y < 2026 then make_timestamptz(y + 1, 3, 1, 9, 0, 0) end");
		overrides.put("copied_from_id", "null");
		List<String> columns = columns(c, "plan");
		List<String> values = new ArrayList<>();
		for (String column : columns) {
			values.add(overrides.getOrDefault(column, column));
		}
		return "insert into plan (" + String.join(", ", columns) + ") select " + String.join(", ", values)
				+ " from plan cross join generate_series(" + FIRST_YEAR + ", " + (FIRST_YEAR + YEARS - 1) + ") y where id = "
				+ demoPlan;
	}

	private static String cloneChildren(Connection c, String table, long demoPlan) throws SQLException {
		List<String> columns = columns(c, table);
		List<String> values = columns.stream().map(col -> col.equals("plan_id") ? "p.id" : "t." + col).toList();
		return "insert into " + table + " (" + String.join(", ", columns) + ") select " + String.join(", ", values)
				+ " from plan p cross join " + table + " t where p.body_symbol = 'BATGT-BM' and t.plan_id = " + demoPlan;
	}

	/** The table's columns, without its generated id. */
	private static List<String> columns(Connection c, String table) throws SQLException {
		List<String> columns = new ArrayList<>();
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select column_name from information_schema.columns where table_name = '"
						+ table + "' and column_name <> 'id' and is_generated = 'NEVER' order by ordinal_position")) {
			while (rs.next()) {
				columns.add(rs.getString(1));
			}
		}
		return columns;
	}

	private Map<String, Long> counts(Connection c) throws SQLException {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : List.of("agency", "user_account", "plan", "plan_participant", "subplan", "subplan_version",
				"year_end_report", "dossier", "nominee", "audit_event", "notification")) {
			counts.put(table, single(c, "select count(*) from " + table));
		}
		return counts;
	}

	private void step(Connection c, String name, String sql) throws SQLException {
		long start = System.nanoTime();
		exec(c, sql);
		long ms = (System.nanoTime() - start) / 1_000_000;
		this.timings.put(name, ms);
		System.out.printf("[benchmark] generated %-24s %6d ms%n", name, ms);
	}

	private static void exec(Connection c, String sql) throws SQLException {
		try (Statement s = c.createStatement()) {
			s.execute(sql);
		}
	}

	static long single(Connection c, String sql) throws SQLException {
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

}
