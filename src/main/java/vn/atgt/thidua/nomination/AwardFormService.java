package vn.atgt.thidua.nomination;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.domain.NotFoundException;

/** The office keeps the list of award forms. */
@Service
@Transactional
public class AwardFormService {

	private final AwardFormRepository forms;

	private final Clock clock;

	AwardFormService(AwardFormRepository forms, Clock clock) {
		this.forms = forms;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<AwardForm> list() {
		return this.forms.findAllByOrderByPositionAscIdAsc();
	}

	@Transactional(readOnly = true)
	public AwardForm get(Long id) {
		return this.forms.findById(id).orElseThrow(() -> new NotFoundException("AwardForm", id));
	}

	public void update(Long id, long version, String name, AwardKind kind, boolean forCollective,
			boolean forIndividual, String decidedBy, boolean thematic, boolean active, CurrentUser office) {
		AwardForm form = get(id);
		form.requireVersion(version);
		form.edit(name, kind, forCollective, forIndividual, decidedBy, thematic, active, Actor.of(office),
				this.clock.instant());
		this.forms.save(form);
	}

}
