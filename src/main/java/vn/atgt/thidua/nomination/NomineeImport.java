package vn.atgt.thidua.nomination;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.shared.security.CurrentUser;

/**
 * The nominee list of a dossier imported from the .xlsx template. The rows arrive already bound to the nominee
 * form and checked by its validators (the web layer does that, as for one nominee typed on the page); here each is
 * checked against the dossier: an active award form that applies to the subject, no duplicate. One refusal and
 * nothing is imported.
 */
@Service
@Transactional
public class NomineeImport {

	/** A nominee of the sheet, with its row number. */
	public record Row(int number, NomineeSpec spec) {
	}

	/** A row refused by the dossier: its number, the form property concerned, a message key. */
	public record Refusal(int row, String property, String messageKey) implements java.io.Serializable { // a flash attribute
	}

	private final DossierService dossiers;

	private final DossierRepository repository;

	private final AwardFormRepository awardForms;

	private final Clock clock;

	NomineeImport(DossierService dossiers, DossierRepository repository, AwardFormRepository awardForms,
			Clock clock) {
		this.dossiers = dossiers;
		this.repository = repository;
		this.awardForms = awardForms;
		this.clock = clock;
	}

	/** Adds the rows to the agency's own editable dossier; returns the refusals (empty: all imported). */
	public List<Refusal> importRows(Long id, long version, List<Row> rows, CurrentUser user) {
		Dossier dossier = this.dossiers.loadForAgency(id, user);
		dossier.requireVersion(version);
		Actor by = Actor.of(user);
		List<AwardForm> forms = this.awardForms.findAllByOrderByPositionAscIdAsc();
		List<Refusal> refusals = new ArrayList<>();
		List<Nominee> elsewhere = this.dossiers.sameNamesElsewhere(dossier,
				rows.stream().map(row -> row.spec().name()).toList());
		List<NomineeSpec> accepted = new ArrayList<>();
		for (Row row : rows) {
			NomineeSpec spec = row.spec();
			Optional<AwardForm> form = forms.stream().filter(f -> f.getId().equals(spec.awardFormId())).findFirst();
			if (form.isEmpty() || !form.get().isActive() || !form.get().appliesTo(spec.subjectType())) {
				refusals.add(new Refusal(row.number(), "awardFormId", "nomination.import.refused.awardForm"));
			}
			else if (dossier.getNominees().stream().anyMatch(n -> DossierService.sameSubject(n, spec))
					|| accepted.stream().anyMatch(other -> DossierService.sameSubject(other, spec))) {
				refusals.add(new Refusal(row.number(), "name", "nomination.import.refused.duplicate"));
			}
			else if (elsewhere.stream().anyMatch(n -> DossierService.sameSubject(n, spec))) {
				refusals.add(new Refusal(row.number(), "name", "nomination.error.nominatedElsewhere"));
			}
			accepted.add(spec);
		}
		if (!refusals.isEmpty()) {
			return refusals;
		}
		for (Row row : rows) {
			AwardForm form = forms.stream().filter(f -> f.getId().equals(row.spec().awardFormId())).findFirst().orElseThrow();
			dossier.addNominee(row.spec(), form, by, this.clock.instant());
		}
		this.repository.publish(dossier);
		return List.of();
	}

}
