package vn.atgt.thidua.report;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ExemplaryModelRepository extends JpaRepository<ExemplaryModel, Long> {

	String ROW = "select new vn.atgt.thidua.report.FieldworkRows$ModelRow(m.id, a.name, m.subject, m.achievement, "
			+ "m.worthSpreading, m.createdAt) from ExemplaryModel m join AgencyEntry a on a.id = m.agencyId ";

	@Query(value = ROW + "where (:agencyId is null or m.agencyId = :agencyId) order by m.createdAt desc, m.id desc",
			countQuery = "select count(m) from ExemplaryModel m where (:agencyId is null or m.agencyId = :agencyId)")
	Page<FieldworkRows.ModelRow> findRows(Long agencyId, Pageable pageable);

	@Query(value = ROW + "where m.worthSpreading = true order by m.createdAt desc, m.id desc",
			countQuery = "select count(m) from ExemplaryModel m where m.worthSpreading = true")
	Page<FieldworkRows.ModelRow> findSpreadingRows(Pageable pageable);

	@Query("select e.id from ExemplaryModel e where e.creationToken = :token")
	java.util.Optional<Long> findIdByCreationToken(java.util.UUID token);

}
