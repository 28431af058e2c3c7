package vn.atgt.thidua.nomination;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.agency.AgencyDirectory;
import vn.atgt.thidua.document.AdminDocument;
import vn.atgt.thidua.document.Block;
import vn.atgt.thidua.document.DocumentFormat;
import vn.atgt.thidua.document.DocumentTexts;
import vn.atgt.thidua.document.Documents;
import vn.atgt.thidua.document.OfficialDocuments.Letterhead;
import vn.atgt.thidua.plan.PlanService;
import vn.atgt.thidua.plan.PlanView;
import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.spreadsheet.Spreadsheet;
import vn.atgt.thidua.shared.storage.StoredFiles;
import vn.atgt.thidua.shared.time.VnDates;

/**
 * Rule 8 of the digital dossier (hồ sơ số): one ZIP for the Emulation Board with the tờ trình, the draft
 * decision, the list (.xlsx), the council's minutes, every forwarded dossier's parts in a folder per agency and
 * nominee, the reviewers' opinions and scores, the notices, the public disclosure's record, a manifest (file, size, SHA-256, what it is) and a PDF
 * index. Written entry by entry onto the response (stored files are copied in 64 KB steps, documents rendered one at
 * a time), so its size never sits in memory; the bundle's own SHA-256 is taken from the bytes sent.
 */
@Service
public class SubmissionBundle {

	/** One file of the bundle as the manifest and the index list it. */
	public record Entry(String path, long size, String sha256, String description) {
	}

	/** What was sent: the bundle's SHA-256, its size and its files. */
	public record Built(String sha256, long bytes, List<Entry> entries) {
	}

	private final SubmissionService submissions;

	private final ConsolidatedSubmissionRepository submissionRepository;

	private final SubmissionDocuments submissionDocuments;

	private final NoticeDocuments noticeDocuments;

	private final DossierRepository dossiers;

	private final AwardFormRepository awardForms;

	private final DisclosureRepository disclosures;

	private final DisclosureCommentRepository comments;

	private final PlanService plans;

	private final AgencyDirectory agencies;

	private final StoredFiles files;

	private final Documents documents;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SubmissionBundle(SubmissionService submissions, ConsolidatedSubmissionRepository submissionRepository,
			SubmissionDocuments submissionDocuments,
			NoticeDocuments noticeDocuments, DossierRepository dossiers, AwardFormRepository awardForms,
			DisclosureRepository disclosures,
			DisclosureCommentRepository comments, PlanService plans, AgencyDirectory agencies, StoredFiles files,
			Documents documents, ApplicationEventPublisher events, Clock clock) {
		this.submissions = submissions;
		this.submissionRepository = submissionRepository;
		this.submissionDocuments = submissionDocuments;
		this.noticeDocuments = noticeDocuments;
		this.dossiers = dossiers;
		this.awardForms = awardForms;
		this.disclosures = disclosures;
		this.comments = comments;
		this.plans = plans;
		this.agencies = agencies;
		this.files = files;
		this.documents = documents;
		this.events = events;
		this.clock = clock;
	}

	/** "ho-so-so-khen-thuong-3.zip"; a submission that does not exist is not found, before any byte is sent. */
	@Transactional(readOnly = true)
	public String fileName(Long submissionId) {
		if (!this.submissionRepository.existsById(submissionId)) {
			throw new vn.atgt.thidua.shared.domain.NotFoundException("ConsolidatedSubmission", submissionId);
		}
		return Documents.safeFileName("ho-so-so-khen-thuong-" + submissionId) + ".zip";
	}

	/**
	 * Writes the bundle of the consolidated submission onto {@code out} (the office only: the controller checks
	 * the role) and records it in the audit log with its SHA-256 and size.
	 */
	@Transactional
	public Built write(Long submissionId, CurrentUser office, OutputStream out) throws IOException {
		SubmissionService.SubmissionView view = this.submissions.view(submissionId);
		PlanView plan = this.plans.view(view.submission().getPlanId(), office);
		MessageDigest whole = sha256();
		CountingOutputStream counted = new CountingOutputStream(out);
		List<Entry> entries = new ArrayList<>();
		try (ZipOutputStream zip = new ZipOutputStream(new DigestOutputStream(counted, whole), StandardCharsets.UTF_8)) {
			Writer writer = new Writer(zip, entries);
			writer.bytes("01-to-trinh.pdf", text("bundle.what.submission"),
					this.documents.render(this.submissionDocuments.document(view, plan), DocumentFormat.PDF));
			writer.bytes("02-du-thao-quyet-dinh.pdf", text("bundle.what.decision"),
					this.documents.render(this.submissionDocuments.decision(view, plan), DocumentFormat.PDF));
			writer.stream("03-danh-sach.xlsx", text("bundle.what.list"), stream -> Spreadsheet.write(stream,
					text("bundle.sheet"), listColumns(), view.rows()));
			if (view.vote() != null) {
				writer.bytes("05-bien-ban-hop-hoi-dong.pdf", text("bundle.what.minutes"),
						this.documents.render(this.submissionDocuments.minutes(view, plan), DocumentFormat.PDF));
			}
			disclosure(view.submission().getPlanId(), writer);
			dossiers(submissionId, plan, writer);
			writer.bytes("00-muc-luc.pdf", text("bundle.what.index"),
					this.documents.render(index(view, plan, entries), DocumentFormat.PDF));
			writer.manifest();
		}
		Built built = new Built(HexFormat.of().formatHex(whole.digest()), counted.count, List.copyOf(entries));
		this.events.publishEvent(new NominationEvents.BundleBuilt(submissionId, view.submission().getPlanId(),
				built.sha256(), built.bytes(), entries.size(), Actor.of(office), this.clock.instant()));
		return built;
	}

	private void dossiers(Long submissionId, PlanView plan, Writer writer) throws IOException {
		List<Dossier> forwarded = this.dossiers.findBySubmissionId(submissionId);
		Map<Long, String> names = this.agencies
			.mapByIds(forwarded.stream().map(Dossier::getAgencyId).collect(Collectors.toSet())).entrySet().stream()
			.collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().name()));
		Map<Long, String> criteria = forwarded.isEmpty() ? Map.of()
				: this.awardForms.findCriteriaOf(forwarded.stream().flatMap(d -> d.getNominees().stream())
					.map(Nominee::getAwardFormId).collect(Collectors.toSet())).stream()
					.collect(Collectors.toMap(ScoringCriterion::getId, ScoringCriterion::getName));
		forwarded.sort(Comparator.comparing((Dossier d) -> names.getOrDefault(d.getAgencyId(), "")).thenComparing(Dossier::getId));
		int a = 0;
		for (Dossier dossier : forwarded) {
			String agency = names.getOrDefault(dossier.getAgencyId(), "");
			String folder = "%02d-%s/".formatted(++a, Documents.safeFileName(agency));
			for (DossierPart part : dossier.getParts()) {
				if (part.getNomineeId() == null) {
					writer.part(folder, part, agency);
				}
			}
			int n = 0;
			for (Nominee nominee : dossier.getNominees()) {
				String nomineeFolder = folder + "%02d-%s/".formatted(++n, Documents.safeFileName(nominee.getName()));
				for (DossierPart part : dossier.getParts()) {
					if (nominee.getId().equals(part.getNomineeId())) {
						writer.part(nomineeFolder, part, nominee.getName());
					}
				}
				var notice = dossier.notice(nominee.getId());
				if (notice.isPresent()) {
					NoticeService.NoticeView noticeView = new NoticeService.NoticeView(notice.get(), nominee.getName(),
							agency, dossier.getPlanId());
					writer.bytes(nomineeFolder + NoticeDocuments.fileName(notice.get()) + ".pdf",
							text("bundle.what.notice", nominee.getName()),
							this.documents.render(this.noticeDocuments.document(noticeView, plan), DocumentFormat.PDF));
				}
			}
			if (!dossier.getOpinions().isEmpty() || !dossier.getScores().isEmpty()) {
				Map<Long, String> nominees = dossier.getNominees().stream()
					.collect(Collectors.toMap(Nominee::getId, Nominee::getName));
				Map<Long, String> reviewers = dossier.getReviewers().stream()
					.collect(Collectors.toMap(ReviewerAssignment::getReviewerId, ReviewerAssignment::getReviewerName,
							(a1, a2) -> a1));
				// the reviewers' private notes stay with the office: not in the bundle
				writer.stream(folder + "y-kien-tham-dinh.xlsx", text("bundle.what.opinions", agency),
						stream -> Spreadsheet.on(stream)
							.sheet(text("bundle.opinions.sheet"), opinionColumns(nominees), dossier.getOpinions())
							.sheet(text("bundle.scores.sheet"), scoreColumns(nominees, reviewers, criteria),
									dossier.getScores())
							.finish());
			}
		}
	}

	private void disclosure(Long planId, Writer writer) throws IOException {
		List<Disclosure> closed = this.disclosures.findAllByOrderByOpenedAtDesc().stream()
			.filter(d -> d.getPlanId().equals(planId)).toList();
		int i = 0;
		for (Disclosure disclosure : closed) {
			List<DisclosureComment> received = this.comments.findByDisclosureIdOrderByIdAsc(disclosure.getId());
			Map<Long, String> entryNames = disclosure.getEntries().stream()
				.collect(Collectors.toMap(DisclosureEntry::getId, DisclosureEntry::getName));
			String name = "04-cong-khai" + (closed.size() > 1 ? "-" + (++i) : "") + ".xlsx";
			writer.stream(name, text("bundle.what.disclosure", VnDates.shortDate(disclosure.getOpensOn()),
					VnDates.shortDate(disclosure.getClosesOn())), stream -> Spreadsheet.on(stream)
						.sheet(text("bundle.disclosure.entries"), entryColumns(), disclosure.getEntries())
						.sheet(text("bundle.disclosure.comments"), commentColumns(entryNames), received)
						.finish());
		}
	}

	private AdminDocument index(SubmissionService.SubmissionView view, PlanView plan, List<Entry> entries) {
		Letterhead head = Letterhead.committee();
		List<List<String>> rows = new ArrayList<>();
		int i = 0;
		for (Entry entry : entries) {
			rows.add(List.of(String.valueOf(++i), entry.path(), entry.description(), size(entry.size()),
					entry.sha256().substring(0, 16) + "…"));
		}
		return AdminDocument.builder()
			.letterhead(head.parentBody(), head.issuingBody())
			.placeAndDate(head.place(), VnDates.today(this.clock))
			.type(text("bundle.index.type"), text("bundle.index.title", view.planNumber()))
			.paragraph(text("bundle.index.intro", String.valueOf(entries.size())))
			.table(List.of(new Block.Column(text("bundle.column.index"), 6, true),
					new Block.Column(text("bundle.column.file"), 34, false),
					new Block.Column(text("bundle.column.what"), 30, false),
					new Block.Column(text("bundle.column.size"), 12, true),
					new Block.Column(text("bundle.column.sha256"), 18, false)), rows)
			.paragraph(text("bundle.index.manifest"))
			.build();
	}

	private static String size(long bytes) {
		return bytes < 10_240 ? bytes + " B" : (bytes / 1024) + " KB";
	}

	private static List<Spreadsheet.Column<AwardRow>> listColumns() {
		return List.of(Spreadsheet.Column.rowNumber(text("bundle.column.index")),
				new Spreadsheet.Column<>(text("bundle.column.name"), AwardRow::name),
				new Spreadsheet.Column<>(text("bundle.column.position"), AwardRow::positionTitle),
				new Spreadsheet.Column<>(text("bundle.column.unit"),
						r -> r.subjectType() == SubjectType.INDIVIDUAL ? r.unit() : r.agencyName()),
				new Spreadsheet.Column<>(text("bundle.column.awardForm"), AwardRow::awardForm),
				new Spreadsheet.Column<>(text("bundle.column.achievement"), AwardRow::achievement));
	}

	private static List<Spreadsheet.Column<ReviewOpinion>> opinionColumns(Map<Long, String> nominees) {
		return List.of(new Spreadsheet.Column<>(text("bundle.column.reviewer"), ReviewOpinion::getReviewerName),
				new Spreadsheet.Column<>(text("bundle.column.name"), o -> nominees.get(o.getNomineeId())),
				new Spreadsheet.Column<>(text("bundle.column.verdict"),
						o -> text(o.isPasses() ? "bundle.verdict.pass" : "bundle.verdict.fail")),
				new Spreadsheet.Column<>(text("bundle.column.comment"), ReviewOpinion::getComment),
				new Spreadsheet.Column<>(text("bundle.column.at"),
						o -> o.getRecordedAt() == null ? null : VnDates.dateTime(o.getRecordedAt())));
	}

	private static List<Spreadsheet.Column<ReviewScore>> scoreColumns(Map<Long, String> nominees,
			Map<Long, String> reviewers, Map<Long, String> criteria) {
		return List.of(new Spreadsheet.Column<>(text("bundle.column.reviewer"), s -> reviewers.get(s.getReviewerId())),
				new Spreadsheet.Column<>(text("bundle.column.name"), s -> nominees.get(s.getNomineeId())),
				new Spreadsheet.Column<>(text("bundle.column.criterion"), s -> criteria.get(s.getCriterionId())),
				new Spreadsheet.Column<>(text("bundle.column.score"), ReviewScore::getScore));
	}

	private static List<Spreadsheet.Column<DisclosureEntry>> entryColumns() {
		return List.of(Spreadsheet.Column.rowNumber(text("bundle.column.index")),
				new Spreadsheet.Column<>(text("bundle.column.name"), DisclosureEntry::getName),
				new Spreadsheet.Column<>(text("bundle.column.unit"), DisclosureEntry::getUnit),
				new Spreadsheet.Column<>(text("bundle.column.agency"), DisclosureEntry::getAgencyName),
				new Spreadsheet.Column<>(text("bundle.column.awardForm"), DisclosureEntry::getAwardForm));
	}

	private static List<Spreadsheet.Column<DisclosureComment>> commentColumns(Map<Long, String> entries) {
		return List.of(new Spreadsheet.Column<>(text("bundle.column.at"), c -> VnDates.dateTime(c.getReceivedAt())),
				new Spreadsheet.Column<>(text("bundle.column.about"), c -> entries.get(c.getEntryId())),
				new Spreadsheet.Column<>(text("bundle.column.comment"), DisclosureComment::getBody),
				new Spreadsheet.Column<>(text("bundle.column.contact"), DisclosureComment::getContact),
				new Spreadsheet.Column<>(text("bundle.column.triage"),
						c -> c.getTriage() == null ? null : text("bundle.triage." + c.getTriage())),
				new Spreadsheet.Column<>(text("bundle.column.triageNote"), DisclosureComment::getTriageNote),
				new Spreadsheet.Column<>(text("bundle.column.triagedBy"), DisclosureComment::getTriagedBy));
	}

	private static String text(String key, Object... args) {
		return DocumentTexts.get("document." + key, args);
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Body of an entry written straight onto the ZIP. */
	@FunctionalInterface
	interface Content {

		void writeTo(OutputStream out) throws IOException;

	}

	/** Writes entries, hashing and counting each one's bytes for the manifest. */
	private final class Writer {

		private final ZipOutputStream zip;

		private final List<Entry> entries;

		Writer(ZipOutputStream zip, List<Entry> entries) {
			this.zip = zip;
			this.entries = entries;
		}

		void bytes(String path, String description, byte[] content) throws IOException {
			stream(path, description, out -> out.write(content));
		}

		void part(String folder, DossierPart part, String owner) throws IOException {
			String name = folder + part.getKind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-"
					+ part.getId() + "-" + Documents.safeFileName(part.getFile().name());
			stream(name, text("bundle.what.part", DocumentTexts.get("document.part." + part.getKind()), owner), out -> {
				try (InputStream in = SubmissionBundle.this.files.openForExport(part.getFile())) {
					in.transferTo(out);
				}
			});
		}

		void stream(String path, String description, Content content) throws IOException {
			MessageDigest digest = sha256();
			this.zip.putNextEntry(new ZipEntry(path));
			CountingOutputStream counted = new CountingOutputStream(new NonClosing(this.zip));
			try (OutputStream out = new DigestOutputStream(counted, digest)) {
				content.writeTo(out);
			}
			this.zip.closeEntry();
			this.entries.add(new Entry(path, counted.count, HexFormat.of().formatHex(digest.digest()), description));
		}

		void manifest() throws IOException {
			StringBuilder csv = new StringBuilder("\uFEFF").append(text("bundle.manifest.header")).append("\r\n");
			for (Entry entry : this.entries) {
				csv.append(quote(entry.path())).append(',').append(entry.size()).append(',').append(entry.sha256())
					.append(',').append(quote(entry.description())).append("\r\n");
			}
			this.zip.putNextEntry(new ZipEntry("manifest.csv"));
			this.zip.write(csv.toString().getBytes(StandardCharsets.UTF_8));
			this.zip.closeEntry();
		}

		private static String quote(String value) {
			return "\"" + value.replace("\"", "\"\"") + "\"";
		}

	}

	private static final class CountingOutputStream extends java.io.FilterOutputStream {

		long count;

		CountingOutputStream(OutputStream out) {
			super(out);
		}

		@Override
		public void write(int b) throws IOException {
			this.out.write(b);
			this.count++;
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.out.write(b, off, len);
			this.count += len;
		}

	}

	/** The ZIP's entry stream, which a content writer may close without closing the ZIP. */
	private static final class NonClosing extends java.io.FilterOutputStream {

		NonClosing(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}
