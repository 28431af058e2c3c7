package vn.atgt.thidua.nomination;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.audit.AuditLog;
import vn.atgt.thidua.shared.events.FieldChange;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.domain.NotFoundException;

/** The office keeps the list of award forms. */
@Service
@Transactional
public class AwardFormService {

	private final AwardFormRepository forms;

	private final AuditLog audit;

	AwardFormService(AwardFormRepository forms, AuditLog audit) {
		this.forms = forms;
		this.audit = audit;
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
		Map<String, String> before = snapshot(form);
		form.update(name, kind, forCollective, forIndividual, decidedBy, thematic, active);
		this.forms.flush();
		this.audit.record(office, "nomination.awardForm.edit", "AwardForm", id, name,
				FieldChange.between(before, snapshot(form)));
	}

	private static Map<String, String> snapshot(AwardForm form) {
		Map<String, String> map = new LinkedHashMap<>();
		map.put("name", form.getName());
		map.put("kind", String.valueOf(form.getKind()));
		map.put("forCollective", String.valueOf(form.isForCollective()));
		map.put("forIndividual", String.valueOf(form.isForIndividual()));
		map.put("decidedBy", form.getDecidedBy());
		map.put("thematic", String.valueOf(form.isThematic()));
		map.put("active", String.valueOf(form.isActive()));
		return map;
	}

}
