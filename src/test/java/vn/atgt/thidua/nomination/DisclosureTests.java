package vn.atgt.thidua.nomination;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.atgt.thidua.account.UserAccount;
import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.shared.domain.InvalidStateException;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.support.IntegrationTest;
import vn.atgt.thidua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Rule 20 through the pages: the office opens a disclosure of the plan's passing nominees (bad days and a plan
 * with nobody refused next to the field), anyone comments (size, contact, rate per address, escaped, never shown to
 * the public), forwarding waits, the step closes only once every comment is triaged.
 */
@IntegrationTest
class DisclosureTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	JdbcTemplate jdbc;

	Dossiers mother;

	UserAccount agencyUser;

	UserAccount office;

	Long planId;

	@BeforeEach
	void setUp() {
		this.mother = Dossiers.in(this.context);
		Agency agency = this.testData.agency("Công an tỉnh");
		this.agencyUser = this.testData.agencyUser(agency);
		this.office = this.testData.office();
		this.planId = this.testData.publishedPlan(2040 + (int) (Math.random() * 50), List.of(agency));
	}

	RequestPostProcessor as(UserAccount account) {
		return SecurityMockMvcRequestPostProcessors.user(this.testData.principal(account));
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Test
	void aDisclosureIsOpenedCommentedTriagedAndClosedBeforeForwarding() throws Exception {
		CurrentUser officeUser = this.office.toCurrentUser();
		String today = vn.atgt.thidua.shared.time.VnDates.shortDate(LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
		String inAWeek = vn.atgt.thidua.shared.time.VnDates
			.shortDate(LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(7));
		// nobody to disclose yet, a first day in the past, a last day before the first: next to each field
		this.mvc.perform(post("/nominations/disclosures").param("planId", this.planId.toString()).param("opensOn", today)
				.param("closesOn", inAWeek).with(csrf()).with(as(this.office)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"planId-error\"")));
		this.mother.appraised(this.planId, this.agencyUser.toCurrentUser(), "Đội Cảnh sát giao thông Lộc Bình",
				officeUser);
		this.mvc.perform(post("/nominations/disclosures").param("planId", this.planId.toString())
				.param("opensOn", "01/01/2020").param("closesOn", inAWeek).with(csrf()).with(as(this.office)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"opensOn-error\"")));
		this.mvc.perform(post("/nominations/disclosures").param("planId", this.planId.toString()).param("opensOn", inAWeek)
				.param("closesOn", today).with(csrf()).with(as(this.office)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"closesOn-error\"")));
		this.mvc.perform(get("/nominations/disclosures").with(as(this.agencyUser))).andExpect(status().isForbidden());
		String location = this.mvc.perform(post("/nominations/disclosures").param("planId", this.planId.toString())
				.param("opensOn", today).param("closesOn", inAWeek).with(csrf()).with(as(this.office)))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		Long id = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
		// a second one for the same plan is refused while this one is open
		this.mvc.perform(post("/nominations/disclosures").param("planId", this.planId.toString()).param("opensOn", today)
				.param("closesOn", inAWeek).with(csrf()).with(as(this.office)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("đang có một đợt công khai")));

		// the public page: names, units, agency, award form, achievement; never a position or a date of birth
		this.mvc.perform(get("/public/disclosures/{id}", id)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Đội Cảnh sát giao thông Lộc Bình")))
			.andExpect(content().string(containsString(Dossiers.INDIVIDUAL)))
			.andExpect(content().string(not(containsString("Đội trưởng"))))
			.andExpect(content().string(containsString("id=\"comment-form\"")));
		this.mvc.perform(get("/public/disclosures")).andExpect(status().isOk())
			.andExpect(content().string(containsString("/public/disclosures/" + id)));

		// forwarding waits for the disclosure
		assertThatThrownBy(() -> this.mother.submissions.consolidate(this.planId, officeUser))
			.isInstanceOf(InvalidStateException.class).hasMessage("nomination.error.disclosureOpen");

		// anonymous comments: blank, too long, without a token refused; a script is kept as text and shown escaped
		String comments = "/public/disclosures/" + id + "/comments";
		this.mvc.perform(post(comments).param("body", " ").param("contact", "").with(csrf()).with(from("10.1.1.1")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"body-error\"")))
			.andExpect(content().string(containsString("id=\"contact-error\"")));
		this.mvc.perform(post(comments).param("body", "x".repeat(2001)).param("contact", "0912 345 678").with(csrf())
				.with(from("10.1.1.1")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"body-error\"")));
		this.mvc.perform(post(comments).param("body", "Ý kiến").param("contact", "0912").with(from("10.1.1.1")))
			.andExpect(status().isForbidden());
		Long entry = this.jdbc.queryForObject("select min(id) from disclosure_entry where disclosure_id = ?", Long.class, id);
		this.mvc.perform(post(comments).param("entryId", entry.toString())
				.param("body", "<script>alert(1)</script> Đơn vị này để xảy ra tai nạn năm 2024")
				.param("contact", "nguoidan@example.vn").with(csrf()).with(from("10.1.1.1")))
			.andExpect(redirectedUrl("/public/disclosures/" + id));
		this.mvc.perform(get("/public/disclosures/{id}", id)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("nguoidan@example.vn"))))
			.andExpect(content().string(not(containsString("alert(1)"))));
		// at most five an hour from one address
		for (int i = 2; i <= 5; i++) {
			this.mvc.perform(post(comments).param("body", "Ý kiến " + i).param("contact", "0912 000 00" + i).with(csrf())
					.with(from("10.1.1.1"))).andExpect(status().is3xxRedirection());
		}
		this.mvc.perform(post(comments).param("body", "Ý kiến 6").param("contact", "0912").with(csrf())
				.with(from("10.1.1.1")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("nhiều ý kiến trong một giờ")));
		this.mvc.perform(post(comments).param("body", "Ý kiến khác").param("contact", "0913").with(csrf())
				.with(from("10.1.1.2"))).andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select count(*) from disclosure_comment where disclosure_id = ?", Long.class, id))
			.isEqualTo(6);
		assertThat(this.jdbc.queryForList("select address_hash from disclosure_comment where disclosure_id = ?", String.class,
				id)).noneMatch(hash -> hash.contains("10.1.1"));

		// the office reads them escaped, cannot close before triaging each, and a change needs its note
		this.mvc.perform(get("/nominations/disclosures/{id}", id).with(as(this.office))).andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(containsString("nguoidan@example.vn")))
			.andExpect(content().string(containsString("id=\"untriaged-warning\"")));
		long version = this.jdbc.queryForObject("select version from disclosure where id = ?", Long.class, id);
		this.mvc.perform(post("/nominations/disclosures/{id}/close", id).param("version", String.valueOf(version))
				.with(csrf()).with(as(this.office)))
			.andExpect(status().isConflict());
		List<Long> received = this.jdbc.queryForList("select id from disclosure_comment where disclosure_id = ? order by id",
				Long.class, id);
		this.mvc.perform(post("/nominations/disclosures/{id}/comments/{c}/triage", id, received.get(0))
				.param("triage", "CHANGED").param("note", " ").with(csrf()).with(as(this.office)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("hãy ghi rõ thay đổi gì")));
		this.mvc.perform(post("/nominations/disclosures/{id}/comments/{c}/triage", id, received.get(0))
				.param("note", "Đã xác minh").with(csrf()).with(as(this.office)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Hãy chọn kết quả xử lý")));
		for (Long comment : received) {
			this.mvc.perform(post("/nominations/disclosures/{id}/comments/{c}/triage", id, comment).param("triage", "CHECKED")
					.param("note", "Đã xác minh với Công an huyện").with(csrf()).with(as(this.office)))
				.andExpect(status().is3xxRedirection());
		}
		this.mvc.perform(post("/nominations/disclosures/{id}/close", id).param("version", String.valueOf(version))
				.with(csrf()).with(as(this.office)))
			.andExpect(redirectedUrl("/nominations/disclosures/" + id));
		this.mvc.perform(get("/public/disclosures/{id}", id)).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"disclosure-not-showing\"")))
			.andExpect(content().string(not(containsString("Đội Cảnh sát giao thông Lộc Bình"))));
		this.mvc.perform(post(comments).param("body", "Muộn").param("contact", "0914").with(csrf()).with(from("10.1.1.3")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("không trong thời gian công khai")));
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where record_type = 'Disclosure' and record_id = ?",
				Long.class, id)).isEqualTo(1 + 6 + 1);
		assertThat(this.jdbc.queryForObject("select count(*) from notification where message_key = 'nomination.notify.comment'"
				+ " and link = ?", Long.class, "/nominations/disclosures/" + id)).isEqualTo(6);
		// and now the list can be forwarded
		assertThat(this.mother.submissions.consolidate(this.planId, officeUser)).isPositive();
	}

}
