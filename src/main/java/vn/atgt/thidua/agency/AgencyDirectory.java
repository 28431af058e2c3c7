package vn.atgt.thidua.agency;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

	/** Agencies in existence on the date: those a plan ending on that date can invite (ADR 0171). */
	public List<AgencyOption> optionsValidOn(LocalDate date) {
		return this.agencies.findAllOptions().stream().filter(option -> option.existsOn(date)).toList();
	}

	/**
	 * The given agencies as they stand on the date: those in existence are kept; a ceased one is replaced by its
	 * successor, followed along the chain (Sở GTVT → Sở Xây dựng), when that one exists on the date; the others are
	 * listed as ceased without successor.
	 */
	public AgenciesOnDate onDate(Collection<Long> ids, LocalDate date) {
		Map<Long, Agency> all = this.agencies.findAll().stream()
			.collect(Collectors.toMap(Agency::getId, Function.identity()));
		Set<Long> kept = new LinkedHashSet<>();
		Map<Long, Long> succeeded = new LinkedHashMap<>();
		Set<Long> ceased = new LinkedHashSet<>();
		for (Long id : ids) {
			Agency agency = all.get(id);
			if (agency == null) {
				continue;
			}
			if (agency.existsOn(date)) {
				kept.add(id);
				continue;
			}
			Agency next = agency;
			for (int hop = 0; hop < 10 && next != null && !next.existsOn(date); hop++) {
				next = next.getSuccessorId() == null ? null : all.get(next.getSuccessorId());
			}
			if (next != null && next.existsOn(date)) {
				succeeded.put(id, next.getId());
			}
			else {
				ceased.add(id);
			}
		}
		return new AgenciesOnDate(kept, succeeded, ceased);
	}

	/** Those of the agencies that ceased before the date (their valid-to date has passed): no more reminders. */
	public Set<Long> ceasedBefore(Collection<Long> ids, LocalDate date) {
		return byIds(ids).stream()
			.filter(a -> a.ceasedBefore(date))
			.map(AgencyOption::id)
			.collect(Collectors.toSet());
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
