package vn.atgt.thidua.agency;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Agency names carry the ICU collation "vi-VN-x-icu" in the schema, so ORDER BY name is Vietnamese order. */
public interface AgencyRepository extends JpaRepository<Agency, Long> {

	@Query("""
			select new vn.atgt.thidua.agency.AgencyOption(a.id, a.name, a.shortName, a.kind, a.validFrom, a.validTo, a.active)
			from Agency a order by a.name
			""")
	List<AgencyOption> findAllOptions();

	@Query("""
			select new vn.atgt.thidua.agency.AgencyOption(a.id, a.name, a.shortName, a.kind, a.validFrom, a.validTo, a.active)
			from Agency a where a.id in :ids order by a.name
			""")
	List<AgencyOption> findOptionsByIds(Collection<Long> ids);

	Optional<Agency> findByNameIgnoreCase(String name);

}
