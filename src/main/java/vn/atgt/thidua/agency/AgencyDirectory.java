package vn.atgt.thidua.agency;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to agencies for other modules (names for lists, options for choosers). */
@Service
@Transactional(readOnly = true)
public class AgencyDirectory {

	private final AgencyRepository agencies;

	AgencyDirectory(AgencyRepository agencies) {
		this.agencies = agencies;
	}

	public List<AgencyOption> options() {
		return this.agencies.findAllOptions();
	}

	/** Agencies that existed in the given year and are active: those a plan of that year can invite. */
	public List<AgencyOption> optionsForYear(int year) {
		return this.agencies.findAllOptions().stream().filter(option -> option.existsIn(year)).toList();
	}

	public List<AgencyOption> byIds(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : this.agencies.findOptionsByIds(ids);
	}

	public Map<Long, AgencyOption> mapByIds(Collection<Long> ids) {
		return byIds(ids).stream().collect(Collectors.toMap(AgencyOption::id, Function.identity()));
	}

	/** The kind of an agency (null when unknown): e.g. the police may enter province-wide accident figures. */
	public AgencyKind kindOf(Long id) {
		return id == null ? null : this.agencies.findById(id).map(Agency::getKind).orElse(null);
	}

	/** The agency's contact e-mail address, if it has one: where its notifications are mailed first. */
	public java.util.Optional<String> contactEmailOf(Long id) {
		return id == null ? java.util.Optional.empty()
				: this.agencies.findById(id).map(Agency::getContactEmail).filter(email -> !email.isBlank());
	}

	public String nameOf(Long id) {
		return id == null ? null : this.agencies.findById(id).map(Agency::getName).orElse(null);
	}

	/** True when the agency answers for an area (police, commune and district committees): it reports accident figures. */
	public boolean hasArea(Long id) {
		return id != null && this.agencies.findById(id).map(Agency::hasArea).orElse(false);
	}

}
