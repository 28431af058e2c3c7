package vn.atgt.thidua.nomination;

import java.time.Instant;

import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.shared.events.FieldChange;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.atgt.thidua.shared.domain.VersionedAggregate;

/** An award form as data (domain brief §7.1): who it applies to, who decides it, whether dossiers may propose it. */
@Entity
@Table(name = "award_form")
public class AwardForm extends VersionedAggregate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private AwardKind kind;

	private boolean forCollective;

	private boolean forIndividual;

	private String decidedBy;

	private boolean thematic;

	private boolean active;

	private int position;

	@jakarta.persistence.OneToMany(mappedBy = "awardForm", cascade = jakarta.persistence.CascadeType.ALL,
			orphanRemoval = true)
	@jakarta.persistence.OrderBy("position, id")
	private java.util.List<ScoringCriterion> criteria = new java.util.ArrayList<>();

	protected AwardForm() {
	}

	public AwardForm(String code, String name, AwardKind kind, boolean forCollective, boolean forIndividual,
			String decidedBy) {
		this.code = code;
		this.active = true;
		update(name, kind, forCollective, forIndividual, decidedBy, true, true);
	}

	/** The office's change of the form, registered with the fields that changed. */
	void edit(String name, AwardKind kind, boolean forCollective, boolean forIndividual, String decidedBy,
			boolean thematic, boolean active, Actor by, Instant now) {
		java.util.Map<String, String> before = snapshot();
		update(name, kind, forCollective, forIndividual, decidedBy, thematic, active);
		java.util.List<FieldChange> changes = FieldChange.between(before, snapshot());
		if (!changes.isEmpty()) {
			registerEvent(new NominationEvents.AwardFormEdited(this.id, name, changes, by, now));
		}
	}

	private java.util.Map<String, String> snapshot() {
		java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
		map.put("name", this.name);
		map.put("kind", String.valueOf(this.kind));
		map.put("forCollective", String.valueOf(this.forCollective));
		map.put("forIndividual", String.valueOf(this.forIndividual));
		map.put("decidedBy", this.decidedBy);
		map.put("thematic", String.valueOf(this.thematic));
		map.put("active", String.valueOf(this.active));
		return map;
	}

	private void update(String name, AwardKind kind, boolean forCollective, boolean forIndividual, String decidedBy,
			boolean thematic, boolean active) {
		if (!forCollective && !forIndividual) {
			throw new IllegalArgumentException("an award form applies to someone");
		}
		this.name = name;
		this.kind = kind;
		this.forCollective = forCollective;
		this.forIndividual = forIndividual;
		this.decidedBy = decidedBy;
		this.thematic = thematic;
		this.active = active;
	}

	/**
	 * The office's scoring criteria, all at once: a spec with an id edits that criterion, one without adds a
	 * criterion, a criterion left out is removed (the service refuses removing one already scored). Registered with
	 * what changed.
	 */
	void saveCriteria(java.util.List<CriterionSpec> specs, Actor by, Instant now) {
		java.util.Map<String, String> before = criteriaSnapshot();
		java.util.Set<Long> kept = new java.util.HashSet<>();
		for (CriterionSpec spec : specs) {
			if (spec.id() == null) {
				this.criteria.add(new ScoringCriterion(this, spec));
				continue;
			}
			criterion(spec.id()).update(spec);
			kept.add(spec.id());
		}
		this.criteria.removeIf(c -> c.getId() != null && !kept.contains(c.getId()));
		this.criteria.sort(java.util.Comparator.comparingInt(ScoringCriterion::getPosition));
		java.util.Map<String, String> after = criteriaSnapshot();
		java.util.List<FieldChange> changes = new java.util.ArrayList<>();
		before.forEach((key, was) -> {
			if (!java.util.Objects.equals(was, after.get(key))) {
				changes.add(new FieldChange("criterion", was, after.get(key)));
			}
		});
		after.forEach((key, now2) -> {
			if (!before.containsKey(key)) {
				changes.add(new FieldChange("criterion", null, now2));
			}
		});
		if (!changes.isEmpty()) {
			registerEvent(new NominationEvents.CriteriaChanged(this.id, this.name, changes, by, now));
		}
	}

	/** One criterion of this form; another form's answers 404. */
	ScoringCriterion criterion(Long criterionId) {
		return this.criteria.stream().filter(c -> criterionId.equals(c.getId())).findFirst()
			.orElseThrow(() -> new vn.atgt.thidua.shared.domain.NotFoundException("ScoringCriterion", criterionId));
	}

	private java.util.Map<String, String> criteriaSnapshot() {
		java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
		int added = 0;
		for (ScoringCriterion c : this.criteria) {
			map.put(c.getId() == null ? "new" + added++ : String.valueOf(c.getId()), c.getPosition() + ". " + c.describe());
		}
		return map;
	}

	public java.util.List<ScoringCriterion> getCriteria() {
		return java.util.List.copyOf(this.criteria);
	}

	/** Law rule 7: Cờ thi đua and TTLĐXS for collectives only, Chiến sĩ thi đua for individuals only. */
	public boolean appliesTo(SubjectType subject) {
		return subject == SubjectType.COLLECTIVE ? this.forCollective : this.forIndividual;
	}

	@Override
	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public AwardKind getKind() {
		return this.kind;
	}

	public boolean isForCollective() {
		return this.forCollective;
	}

	public boolean isForIndividual() {
		return this.forIndividual;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public boolean isThematic() {
		return this.thematic;
	}

	public boolean isActive() {
		return this.active;
	}

	public int getPosition() {
		return this.position;
	}

}
