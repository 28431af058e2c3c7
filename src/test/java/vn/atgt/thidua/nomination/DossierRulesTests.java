package vn.atgt.thidua.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.shared.storage.StoredFile;
import vn.atgt.thidua.shared.domain.InvalidStateException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DossierRulesTests {

	static final Instant NOW = Instant.parse("2024-12-20T03:00:00Z");

	static final Actor BY = new Actor(1L, "Văn phòng", null, null);

	static final StoredFile FILE = new StoredFile("a.pdf", "application/pdf", 10, "ab", "k");

	static final LocalDate TODAY = LocalDate.of(2024, 12, 20);

	static final ReportConfirmation CONFIRMED = new ReportConfirmation("Nguyễn Văn Xác", "Giám đốc",
			LocalDate.of(2024, 12, 2), "Mẫu số 03 – NĐ 98/2023/NĐ-CP");

	AwardForm bangKhen = form(1L, "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", true, true);

	AwardForm coThiDua = form(2L, "Cờ thi đua của Ủy ban nhân dân tỉnh", true, false);

	AwardForm chienSi = form(3L, "Chiến sĩ thi đua cấp tỉnh", false, true);

	Dossier dossier;

	long ids = 100;

	@BeforeEach
	void setUp() {
		this.dossier = Dossier.open(7L, 9L, NOW);
	}

	static AwardForm form(Long id, String name, boolean collective, boolean individual) {
		AwardForm form = new AwardForm("C" + id, name, AwardKind.HINH_THUC_KHEN_THUONG, collective, individual, "Chủ tịch");
		ReflectionTestUtils.setField(form, "id", id);
		return form;
	}

	Nominee add(SubjectType type, String name, AwardForm form) {
		Nominee nominee = this.dossier.addNominee(spec(type, name, form, false, false), form, BY, NOW);
		ReflectionTestUtils.setField(nominee, "id", this.ids++);
		return nominee;
	}

	static NomineeSpec spec(SubjectType type, String name, AwardForm form, boolean certification, boolean discipline) {
		return type == SubjectType.COLLECTIVE
				? new NomineeSpec(type, name, null, null, null, null, form.getId(), "Thành tích xuất sắc", certification, discipline)
				: new NomineeSpec(type, name, Sex.NAM, "Đội trưởng", "Phòng CSGT", null, form.getId(), "Thành tích", certification,
						discipline);
	}

	@Test
	void awardFormOnlyForTheSubjectsItAppliesTo() {
		assertThatThrownBy(() -> add(SubjectType.INDIVIDUAL, "Nguyễn Văn An", this.coThiDua))
			.isInstanceOf(NomineeRefusedException.class).hasMessage("nomination.error.awardFormSubject");
		assertThatThrownBy(() -> add(SubjectType.COLLECTIVE, "Phòng CSGT", this.chienSi))
			.isInstanceOf(NomineeRefusedException.class);
		add(SubjectType.COLLECTIVE, "Phòng CSGT", this.coThiDua);
		add(SubjectType.INDIVIDUAL, "Nguyễn Văn An", this.bangKhen);
		assertThat(this.dossier.getNominees()).hasSize(2);
	}

	@Test
	void sameNomineeTwiceIsRefusedWhateverTheDiacriticsOrCase() {
		add(SubjectType.INDIVIDUAL, "Nguyễn Văn Đức", this.bangKhen);
		assertThatThrownBy(() -> add(SubjectType.INDIVIDUAL, "NGUYEN VAN  DUC", this.bangKhen))
			.isInstanceOf(NomineeRefusedException.class).hasMessage("nomination.error.duplicateNominee");
		assertThat(Nominee.key(SubjectType.COLLECTIVE, "Đội CSGT số 1"))
			.isEqualTo(Nominee.key(SubjectType.COLLECTIVE, "doi csgt so 1"));
	}

	@Test
	void sameSubjectWhateverTheWordOrderAndAnIndividualByBirthDateOrUnit() {
		add(SubjectType.COLLECTIVE, "Đội Cảnh sát giao thông số 1", this.bangKhen);
		assertThatThrownBy(() -> add(SubjectType.COLLECTIVE, "số 1 đội cảnh sát giao thông.", this.bangKhen))
			.isInstanceOf(NomineeRefusedException.class).hasMessage("nomination.error.duplicateNominee");
		Nominee an = this.dossier.addNominee(person("Nguyễn Văn An", "Phòng CSGT", LocalDate.of(1980, 5, 1)),
				this.bangKhen, BY, NOW);
		// the same name in another unit, or born on another day, is another person
		this.dossier.addNominee(person("Nguyễn Văn An", "Công an huyện Lộc Bình", null), this.bangKhen, BY, NOW);
		this.dossier.addNominee(person("NGUYỄN VĂN AN", "Phòng CSGT", LocalDate.of(1985, 2, 3)), this.bangKhen, BY, NOW);
		// the same name and date of birth in whatever unit is the same person
		assertThatThrownBy(() -> this.dossier.addNominee(person("An Nguyen Van", "Sở Xây dựng", LocalDate.of(1980, 5, 1)),
				this.bangKhen, BY, NOW))
			.isInstanceOf(NomineeRefusedException.class).hasMessage("nomination.error.duplicateNominee");
		assertThat(an.getNameKey()).isEqualTo("an nguyen van");
		assertThat(SubjectIdentity.of(SubjectType.INDIVIDUAL, "Nguyễn Văn An", null, "phòng csgt"))
			.matches(id -> id.matches(an.identity()));
	}

	static NomineeSpec person(String name, String unit, LocalDate born) {
		return new NomineeSpec(SubjectType.INDIVIDUAL, name, Sex.NAM, "Cán bộ", unit, born, 1L, "Thành tích", false,
				false);
	}

	@Test
	void aReportIsConfirmedOnlyOnceUploadedAndAReplacedReportIsConfirmedAgain() {
		Nominee an = add(SubjectType.INDIVIDUAL, "Nguyễn Văn An", this.bangKhen);
		assertThatThrownBy(() -> this.dossier.confirmReport(an.getId(), CONFIRMED, TODAY, BY, NOW))
			.isInstanceOf(NomineeRefusedException.class).hasMessage("nomination.error.reportNotUploaded");
		for (PartKind kind : List.of(PartKind.TO_TRINH, PartKind.DANH_SACH, PartKind.BIEN_BAN_HOP_HDTDKT)) {
			this.dossier.addPart(kind, null, FILE, BY, NOW);
		}
		DossierPart report = this.dossier.addPart(PartKind.BAO_CAO_THANH_TICH, an.getId(), FILE, BY, NOW);
		ReflectionTestUtils.setField(report, "id", 88L);
		assertThat(this.dossier.missingItems()).extracting(MissingItem::key)
			.containsExactly("nomination.missing.reportConfirmation");
		assertThatThrownBy(() -> this.dossier.submit(BY, NOW)).isInstanceOf(InvalidStateException.class);
		ReportConfirmation tomorrow = new ReportConfirmation("A", "B", TODAY.plusDays(1), "Mẫu số 03");
		assertThatThrownBy(() -> this.dossier.confirmReport(an.getId(), tomorrow, TODAY, BY, NOW))
			.isInstanceOf(NomineeRefusedException.class).hasMessage("nomination.error.confirmedInFuture");
		this.dossier.confirmReport(an.getId(), CONFIRMED, TODAY, BY, NOW);
		assertThat(an.getReportConfirmation()).isEqualTo(CONFIRMED);
		assertThat(this.dossier.missingItems()).isEmpty();
		this.dossier.replacePart(88L, new StoredFile("b.pdf", "application/pdf", 11, "cd", "k2"), BY, NOW);
		assertThat(an.isReportConfirmed()).isFalse();
		assertThat(this.dossier.missingItems()).extracting(MissingItem::key)
			.containsExactly("nomination.missing.reportConfirmation");
		assertThat(events()).contains(NominationEvents.ReportConfirmed.class,
				NominationEvents.ReportConfirmationWithdrawn.class);
	}

	@Test
	void nomineeUnderDisciplineCannotBeProposed() {
		assertThatThrownBy(() -> this.dossier.addNominee(spec(SubjectType.INDIVIDUAL, "Lê Văn Bình", this.bangKhen,
				false, true), this.bangKhen, BY, NOW))
			.isInstanceOf(NomineeRefusedException.class).hasMessage("nomination.error.underDiscipline");
	}

	@Test
	void missingItemsListEveryPartStillNeeded() {
		assertThat(this.dossier.missingItems()).extracting(MissingItem::key).containsExactly(
				"nomination.missing.nominees", "nomination.missing.TO_TRINH", "nomination.missing.DANH_SACH",
				"nomination.missing.BIEN_BAN_HOP_HDTDKT");
		Nominee an = add(SubjectType.INDIVIDUAL, "Nguyễn Văn An", this.bangKhen);
		Nominee dang = this.dossier.addNominee(spec(SubjectType.COLLECTIVE, "Đội CSGT", this.bangKhen, true, false),
				this.bangKhen, BY, NOW);
		ReflectionTestUtils.setField(dang, "id", 555L);
		this.dossier.addPart(PartKind.TO_TRINH, null, FILE, BY, NOW);
		this.dossier.addPart(PartKind.DANH_SACH, null, FILE, BY, NOW);
		this.dossier.addPart(PartKind.BAO_CAO_THANH_TICH, an.getId(), FILE, BY, NOW);
		assertThat(this.dossier.missingItems()).containsExactly(
				new MissingItem("nomination.missing.BIEN_BAN_HOP_HDTDKT", null),
				new MissingItem("nomination.missing.reportConfirmation", "Nguyễn Văn An"),
				new MissingItem("nomination.missing.BAO_CAO_THANH_TICH", "Đội CSGT"),
				new MissingItem("nomination.missing.reportConfirmation", "Đội CSGT"),
				new MissingItem("nomination.missing.XAC_NHAN_THANH_TICH", "Đội CSGT"));
		assertThatThrownBy(() -> this.dossier.submit(BY, NOW)).isInstanceOf(InvalidStateException.class);
	}

	@Test
	void wholeLifeFromDraftToRevocation() {
		Nominee an = completeDossier();
		this.dossier.submit(BY, NOW);
		assertThat(this.dossier.getStatus()).isEqualTo(DossierStatus.SUBMITTED);
		assertThatThrownBy(() -> add(SubjectType.COLLECTIVE, "Đội 2", this.bangKhen))
			.isInstanceOf(InvalidStateException.class);
		this.dossier.returnForCompletion("Thiếu biên bản họp", BY, NOW);
		assertThat(this.dossier.getStatus()).isEqualTo(DossierStatus.RETURNED_FOR_COMPLETION);
		this.dossier.submit(BY, NOW);
		assertThat(this.dossier.getReturns()).singleElement().satisfies(r -> assertThat(r.getResubmittedAt()).isEqualTo(NOW));
		this.dossier.receive(LocalDate.of(2024, 12, 20), LocalDate.of(2025, 1, 27), BY, NOW);
		assertThatThrownBy(() -> this.dossier.assignReviewer(5L, "Cùng cơ quan", "cung", 9L, BY, NOW))
			.isInstanceOf(InvalidStateException.class).hasMessage("nomination.error.reviewerConflict");
		assertThatThrownBy(() -> this.dossier.recordOpinions(6L, "B", List.of(new Verdict(an.getId(), true, null)), BY, NOW))
			.hasMessage("nomination.error.notAssigned");
		this.dossier.assignReviewer(6L, "Thẩm định", "thamdinh", null, BY, NOW);
		this.dossier.recordOpinions(6L, "Thẩm định", List.of(new Verdict(an.getId(), true, "Tốt")), BY, NOW);
		assertThat(this.dossier.getOpinions()).hasSize(1);
		assertThatThrownBy(() -> this.dossier.appraise(List.of(new Verdict(an.getId(), false, null)), BY, NOW))
			.hasMessage("nomination.error.appraisalIncomplete");
		this.dossier.appraise(List.of(new Verdict(an.getId(), true, null)), BY, NOW);
		assertThat(this.dossier.hasPassingNominees()).isTrue();
		this.dossier.forward(1L, BY, NOW);
		this.dossier.decide(List.of(new Verdict(an.getId(), true, null)), "163/QĐ-UBND", BY, NOW);
		assertThat(an.getStatus()).isEqualTo(NomineeStatus.AWARDED);
		this.dossier.revoke(an.getId(), "5/QĐ-UBND", LocalDate.of(2025, 3, 1), "Chủ tịch", "Khai man", BY, NOW);
		assertThat(an.getStatus()).isEqualTo(NomineeStatus.REVOKED);
		assertThatThrownBy(() -> this.dossier.revoke(an.getId(), "6/QĐ-UBND", null, "x", "y", BY, NOW))
			.isInstanceOf(InvalidStateException.class);
	}

	@Test
	void stepsOutOfOrderAreRefused() {
		assertThatThrownBy(() -> this.dossier.receive(LocalDate.now(), LocalDate.now(), BY, NOW)).isInstanceOf(InvalidStateException.class);
		assertThatThrownBy(() -> this.dossier.returnForCompletion("x", BY, NOW)).isInstanceOf(InvalidStateException.class);
		assertThatThrownBy(() -> this.dossier.forward(1L, BY, NOW)).isInstanceOf(InvalidStateException.class);
		assertThatThrownBy(() -> this.dossier.decide(List.of(), "1/QĐ", BY, NOW)).isInstanceOf(InvalidStateException.class);
	}

	@SuppressWarnings("unchecked")
	List<Class<?>> events() {
		java.util.Collection<Object> events = ReflectionTestUtils.invokeMethod(this.dossier, "domainEvents");
		return events.stream().<Class<?>>map(Object::getClass).toList();
	}

	@Test
	void everyTransitionRegistersItsEvent() {
		Nominee an = completeDossier();
		this.dossier.submit(BY, NOW);
		this.dossier.returnForCompletion("Thiếu chữ ký", BY, NOW);
		this.dossier.submit(BY, NOW);
		this.dossier.receive(LocalDate.of(2024, 12, 20), LocalDate.of(2025, 1, 27), BY, NOW);
		this.dossier.assignReviewer(6L, "Thẩm định", "thamdinh", null, BY, NOW);
		this.dossier.assignReviewer(6L, "Thẩm định", "thamdinh", null, BY, NOW);
		this.dossier.recordOpinions(6L, "Thẩm định", List.of(new Verdict(an.getId(), true, null)), BY, NOW);
		this.dossier.appraise(List.of(new Verdict(an.getId(), true, null)), BY, NOW);
		this.dossier.forward(1L, BY, NOW);
		this.dossier.decide(List.of(new Verdict(an.getId(), true, null)), "163/QĐ-UBND", BY, NOW);
		this.dossier.revoke(an.getId(), "5/QĐ-UBND", LocalDate.of(2025, 3, 1), "Chủ tịch", "Khai man", BY, NOW);
		assertThat(events()).containsExactly(NominationEvents.NomineeAdded.class, NominationEvents.PartUploaded.class,
				NominationEvents.PartUploaded.class, NominationEvents.PartUploaded.class, NominationEvents.PartUploaded.class,
				NominationEvents.ReportConfirmed.class, NominationEvents.DossierSubmitted.class, NominationEvents.DossierReturned.class,
				NominationEvents.DossierSubmitted.class, NominationEvents.DossierReceived.class,
				NominationEvents.ReviewerAssigned.class, NominationEvents.OpinionsGiven.class,
				NominationEvents.DossierAppraised.class, NominationEvents.DossierForwarded.class,
				NominationEvents.DossierDecided.class, NominationEvents.AwardRevoked.class);
	}

	@Test
	void returnedDossierIsCorrectedInPlaceUnderTheSameRules() {
		Nominee an = completeDossier();
		Nominee binh = add(SubjectType.INDIVIDUAL, "Lê Văn Bình", this.bangKhen);
		this.dossier.addPart(PartKind.BAO_CAO_THANH_TICH, binh.getId(), FILE, BY, NOW);
		this.dossier.confirmReport(binh.getId(), CONFIRMED, TODAY, BY, NOW);
		this.dossier.submit(BY, NOW);
		assertThatThrownBy(() -> this.dossier.editNominee(an.getId(), spec(SubjectType.INDIVIDUAL, "Nguyễn Văn Ân",
				this.bangKhen, false, false), this.bangKhen, BY, NOW))
			.isInstanceOf(InvalidStateException.class).hasMessage("nomination.error.notEditable");
		this.dossier.returnForCompletion("Sai tên", BY, NOW);
		assertThatThrownBy(() -> this.dossier.editNominee(an.getId(), spec(SubjectType.INDIVIDUAL, "LÊ VĂN BÌNH",
				this.bangKhen, false, false), this.bangKhen, BY, NOW))
			.isInstanceOf(NomineeRefusedException.class).hasMessage("nomination.error.duplicateNominee");
		assertThatThrownBy(() -> this.dossier.editNominee(an.getId(), spec(SubjectType.INDIVIDUAL, "Nguyễn Văn An",
				this.coThiDua, false, false), this.coThiDua, BY, NOW))
			.isInstanceOf(NomineeRefusedException.class).hasMessage("nomination.error.awardFormSubject");
		this.dossier.editNominee(an.getId(), spec(SubjectType.INDIVIDUAL, "Nguyễn Văn Ân", this.bangKhen, false, false),
				this.bangKhen, BY, NOW);
		assertThat(an.getName()).isEqualTo("Nguyễn Văn Ân");
		StoredFile signed = new StoredFile("ky.pdf", "application/pdf", 12, "cd", "k2");
		DossierPart minutes = this.dossier.getParts().stream().filter(p -> p.getKind() == PartKind.BIEN_BAN_HOP_HDTDKT)
			.findFirst().orElseThrow();
		ReflectionTestUtils.setField(minutes, "id", 77L);
		assertThat(this.dossier.replacePart(77L, signed, BY, NOW)).isEqualTo(FILE);
		assertThat(minutes.getFile()).isEqualTo(signed);
		List<DossierPart> removed = this.dossier.removePartsOf(binh.getId());
		this.dossier.removeNominee(binh.getId(), removed.size(), BY, NOW);
		assertThat(removed).hasSize(1);
		assertThat(this.dossier.getNominees()).containsExactly(an);
		assertThat(this.dossier.removePart(77L, BY, NOW)).isEqualTo(signed);
		assertThat(this.dossier.missingItems()).extracting(MissingItem::key)
			.containsExactly("nomination.missing.BIEN_BAN_HOP_HDTDKT");
	}

	private Nominee completeDossier() {
		Nominee an = add(SubjectType.INDIVIDUAL, "Nguyễn Văn An", this.bangKhen);
		for (PartKind kind : List.of(PartKind.TO_TRINH, PartKind.DANH_SACH, PartKind.BIEN_BAN_HOP_HDTDKT)) {
			this.dossier.addPart(kind, null, FILE, BY, NOW);
		}
		this.dossier.addPart(PartKind.BAO_CAO_THANH_TICH, an.getId(), FILE, BY, NOW);
		this.dossier.confirmReport(an.getId(), CONFIRMED, TODAY, BY, NOW);
		assertThat(this.dossier.missingItems()).isEmpty();
		return an;
	}

}
