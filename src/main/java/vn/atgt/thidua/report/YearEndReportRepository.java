package vn.atgt.thidua.report;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface YearEndReportRepository extends JpaRepository<YearEndReport, Long> {

	@EntityGraph(attributePaths = "results")
	Optional<YearEndReport> findByPlanIdAndAgencyId(Long planId, Long agencyId);

	@EntityGraph(attributePaths = "results")
	Optional<YearEndReport> findWithResultsById(Long id);

	@Query(value = "select new vn.atgt.thidua.report.YearEndReportRows$ReportRow(r.id, p.id, p.year, p.title, a.name, "
			+ "r.status, r.submittedAt, r.daysLate) from YearEndReport r join PlanEntry p on p.id = r.planId "
			+ "join AgencyEntry a on a.id = r.agencyId where r.status <> vn.atgt.thidua.report.ReportStatus.DRAFT "
			+ "and (:planId is null or r.planId = :planId) and (:status is null or r.status = :status) "
			+ "order by p.year desc, a.name, r.id",
			countQuery = "select count(r) from YearEndReport r where r.status <> vn.atgt.thidua.report.ReportStatus.DRAFT "
					+ "and (:planId is null or r.planId = :planId) and (:status is null or r.status = :status)")
	Page<YearEndReportRows.ReportRow> findRows(Long planId, ReportStatus status, Pageable pageable);

	@Query("select new vn.atgt.thidua.report.YearEndReportRows$PlanReportRow(r.id, r.agencyId, a.name, r.status, "
			+ "r.submittedAt, r.daysLate, r.modelsFound) from YearEndReport r join AgencyEntry a on a.id = r.agencyId "
			+ "where r.planId = :planId and r.status in :statuses order by a.name")
	List<YearEndReportRows.PlanReportRow> findPlanRows(Long planId, Collection<ReportStatus> statuses);

	@Query("select new vn.atgt.thidua.report.YearEndReportRows$GroupResult(r.agencyId, key(res), value(res)) "
			+ "from YearEndReport r join r.results res where r.planId = :planId and r.status in :statuses")
	List<YearEndReportRows.GroupResult> findResults(Long planId, Collection<ReportStatus> statuses);

	@Query("select r.agencyId from YearEndReport r where r.planId = :planId and r.status in :statuses")
	List<Long> findAgencyIds(Long planId, Collection<ReportStatus> statuses);

}
