package vn.atgt.thidua.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlanRepository extends JpaRepository<Plan, Long> {

	String SUMMARY = """
			select new vn.atgt.thidua.plan.PlanSummary(p.id, p.year, p.title, p.status, p.number, p.docTypeSymbol,
			    p.bodySymbol, p.issueDate, p.subPlanDueDate, p.endDate, size(p.participantIds))
			from Plan p
			""";

	@Query("select distinct p from Plan p left join fetch p.taskGroups where p.id = :id")
	Optional<Plan> findWithTaskGroupsById(Long id);

	@Query(value = SUMMARY + " order by p.year desc, p.id desc", countQuery = "select count(p) from Plan p")
	Page<PlanSummary> findSummaries(Pageable pageable);

	@Query(value = SUMMARY + " where p.status <> vn.atgt.thidua.plan.PlanStatus.DRAFT order by p.year desc, p.id desc",
			countQuery = "select count(p) from Plan p where p.status <> vn.atgt.thidua.plan.PlanStatus.DRAFT")
	Page<PlanSummary> findPublicSummaries(Pageable pageable);

	@Query(value = SUMMARY + """
			 where p.status <> vn.atgt.thidua.plan.PlanStatus.DRAFT and :agencyId member of p.participantIds
			 order by p.year desc, p.id desc
			""", countQuery = """
			select count(p) from Plan p
			where p.status <> vn.atgt.thidua.plan.PlanStatus.DRAFT and :agencyId member of p.participantIds
			""")
	Page<PlanSummary> findSummariesForAgency(Long agencyId, Pageable pageable);

	@Query("select coalesce(max(p.number), 0) from Plan p where p.bodySymbol = :body and p.docTypeSymbol = :type and p.year = :year")
	int maxNumber(String body, String type, int year);

	boolean existsByBodySymbolAndDocTypeSymbolAndYearAndNumber(String bodySymbol, String docTypeSymbol, int year,
			Integer number);

	@Query("""
			select new vn.atgt.thidua.plan.PlanDirectory$PlanLabel(p.id, p.year,
			  concat(cast(p.number as string), '/', p.docTypeSymbol, '-', p.bodySymbol), p.issueDate, p.title)
			from Plan p where p.number is not null order by p.year desc, p.number desc""")
	List<PlanDirectory.PlanLabel> findIssuedLabels();

	@Query("select p.id from Plan p where p.status = vn.atgt.thidua.plan.PlanStatus.PUBLISHED")
	List<Long> findPublishedIds();

}
