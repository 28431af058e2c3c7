package vn.atgt.thidua.report;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InspectionRepository extends JpaRepository<Inspection, Long> {

	@Query(value = "select new vn.atgt.thidua.report.FieldworkRows$InspectionRow(i.id, i.inspectedOn, a.name, i.team, i.scope) "
			+ "from Inspection i join AgencyEntry a on a.id = i.agencyId where (:agencyId is null or i.agencyId = :agencyId) "
			+ "order by i.inspectedOn desc, i.id desc",
			countQuery = "select count(i) from Inspection i where (:agencyId is null or i.agencyId = :agencyId)")
	Page<FieldworkRows.InspectionRow> findRows(Long agencyId, Pageable pageable);

	@Query("select e.id from Inspection e where e.creationToken = :token")
	java.util.Optional<Long> findIdByCreationToken(java.util.UUID token);

}
