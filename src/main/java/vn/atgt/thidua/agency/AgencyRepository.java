package vn.atgt.thidua.agency;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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

	String ROW = """
			select new vn.atgt.thidua.agency.AgencyRow(a.id, a.version, a.name, a.shortName, a.kind, a.validFrom,
			    a.validTo, a.contactEmail, a.active, a.parentId, a.predecessorId, a.successorId)
			from Agency a
			""";

	@Query(value = ROW + " order by a.name, a.id", countQuery = "select count(a) from Agency a")
	Page<AgencyRow> findRows(Pageable pageable);

	/** Diacritic-insensitive search: {@code folded} is already folded ("so xay dung"); fold_vi is in V1. */
	@Query(value = ROW + """
			 where cast(function('fold_vi', a.name) as String) like :folded or cast(function('fold_vi', coalesce(a.shortName, '')) as String) like :folded
			 order by a.name, a.id
			""", countQuery = """
			select count(a) from Agency a
			where cast(function('fold_vi', a.name) as String) like :folded or cast(function('fold_vi', coalesce(a.shortName, '')) as String) like :folded
			""")
	Page<AgencyRow> searchRows(String folded, Pageable pageable);

	@Query("select lower(a.name) from Agency a")
	List<String> findAllLowerNames();

}
