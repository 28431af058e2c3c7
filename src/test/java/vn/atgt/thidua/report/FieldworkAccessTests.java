package vn.atgt.thidua.report;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.account.UserAccount;
import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.support.IntegrationTest;
import vn.atgt.thidua.support.SqlStatementCounter;
import vn.atgt.thidua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class FieldworkAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	FieldworkService fieldwork;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SqlStatementCounter sql;

	private Long inspectionOf(Agency agency, String team) {
		return this.fieldwork.recordInspection(agency.getId(), java.time.LocalDate.of(2024, 9, 20), team,
				"Việc triển khai kế hoạch thực hiện", "Đã tổ chức tuyên truyền", "Tăng cường kiểm tra",
				this.testData.currentUser(this.testData.office()));
	}

	@Test
	void officeRecordsAnInspectionAndTheAgencySeesOnlyItsOwn() throws Exception {
		Agency inspected = this.testData.agency("Sở Giao thông vận tải");
		Agency other = this.testData.agency("Sở Văn hóa");
		UserAccount office = this.testData.office();
		this.mvc.perform(post("/inspections/new").with(csrf()).with(user(this.testData.principal(office)))
				.param("agencyId", inspected.getId().toString()).param("inspectedOn", "2024-09-20")
				.param("team", "Đoàn kiểm tra liên ngành số 1").param("scope", "Kế hoạch thực hiện")
				.param("findings", "Triển khai đầy đủ"))
			.andExpect(status().is3xxRedirection());
		Long id = this.jdbc.queryForObject("select id from inspection where agency_id = ?", Long.class, inspected.getId());
		this.mvc.perform(get("/inspections/{id}", id).with(user(this.testData.principal(this.testData.agencyUser(inspected)))))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Đoàn kiểm tra liên ngành số 1")));
		this.mvc.perform(get("/inspections/{id}", id).with(user(this.testData.principal(this.testData.agencyUser(other)))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/inspections").with(user(this.testData.principal(this.testData.agencyUser(other)))))
			.andExpect(status().isOk()).andExpect(content().string(not(containsString("Đoàn kiểm tra liên ngành số 1"))));
		this.mvc.perform(get("/inspections/new").with(user(this.testData.principal(this.testData.agencyUser(inspected)))))
			.andExpect(status().isForbidden());
	}

	@Test
	void inspectionWithoutFindingsIsRefusedNextToTheField() throws Exception {
		Agency inspected = this.testData.agency("Sở Công Thương");
		this.mvc.perform(post("/inspections/new").with(csrf()).with(user(this.testData.principal(this.testData.office())))
				.param("agencyId", inspected.getId().toString()).param("inspectedOn", "2024-09-20")
				.param("team", "Tổ 2").param("scope", "Kế hoạch").param("findings", " "))
			.andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("inspectionForm", "findings"))
			.andExpect(content().string(containsString("value=\"Tổ 2\"")));
		assertThat(this.jdbc.queryForObject("select count(*) from inspection where agency_id = ?", Long.class,
				inspected.getId())).isZero();
	}

	@Test
	void agencyRecordsItsOwnModelAndOfficeMarksItWorthSpreadingForThePublicPage() throws Exception {
		Agency agency = this.testData.agency("Ban ATGT xã Mẫu Sơn");
		Agency other = this.testData.agency("Ban ATGT xã Khác");
		UserAccount agencyUser = this.testData.agencyUser(agency);
		this.mvc.perform(post("/models/new").with(csrf()).with(user(this.testData.principal(agencyUser)))
				.param("agencyId", other.getId().toString()).param("subject", "Mô hình cổng trường an toàn giao thông")
				.param("achievement", "Không có học sinh vi phạm").param("reason", "Cách làm hiệu quả, dễ nhân rộng"))
			.andExpect(status().is3xxRedirection());
		Long id = this.jdbc.queryForObject("select id from exemplary_model where subject = ?", Long.class,
				"Mô hình cổng trường an toàn giao thông");
		assertThat(this.jdbc.queryForObject("select agency_id from exemplary_model where id = ?", Long.class, id))
			.isEqualTo(agency.getId());
		this.mvc.perform(get("/models/{id}", id).with(user(this.testData.principal(this.testData.agencyUser(other)))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/public/models")).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Mô hình cổng trường an toàn giao thông"))));
		this.mvc.perform(post("/models/{id}/spread", id).with(csrf()).with(user(this.testData.principal(agencyUser)))
				.param("version", "0").param("spread", "true"))
			.andExpect(status().isForbidden());
		UserAccount office = this.testData.office();
		this.mvc.perform(post("/models/{id}/spread", id).with(csrf()).with(user(this.testData.principal(office)))
				.param("version", "0").param("spread", "true"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/public/models")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Mô hình cổng trường an toàn giao thông")));
		this.mvc.perform(post("/models/{id}/spread", id).with(csrf()).with(user(this.testData.principal(office)))
				.param("version", "0").param("spread", "false"))
			.andExpect(status().isConflict());
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where record_type = 'ExemplaryModel' "
				+ "and record_id = ?", Long.class, id)).isEqualTo(2);
	}

	@Test
	void listsRunAFixedNumberOfStatements() throws Exception {
		Agency agency = this.testData.agency("Sở Tài nguyên");
		UserAccount office = this.testData.office();
		inspectionOf(agency, "Đoàn A");
		this.sql.reset();
		this.mvc.perform(get("/inspections").with(user(this.testData.principal(office)))).andExpect(status().isOk());
		long inspections = this.sql.count();
		for (int i = 0; i < 5; i++) {
			inspectionOf(this.testData.agency("Sở B" + i), "Đoàn B" + i);
			Long modelId = this.fieldwork.recordModel(agency.getId(), "Mô hình " + i, "Thành tích", "Lý do", null,
					this.testData.currentUser(office));
			this.fieldwork.markWorthSpreading(modelId, 0, true, this.testData.currentUser(office));
		}
		this.sql.reset();
		this.mvc.perform(get("/inspections").with(user(this.testData.principal(office)))).andExpect(status().isOk());
		assertThat(this.sql.count()).isEqualTo(inspections).isLessThanOrEqualTo(3);
		this.sql.reset();
		this.mvc.perform(get("/public/models")).andExpect(status().isOk());
		assertThat(this.sql.count()).isLessThanOrEqualTo(2);
	}

}
