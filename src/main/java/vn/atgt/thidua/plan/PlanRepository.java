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

	/**
	 * The plan list searched (issue 12 item 6): {@code folded} matches the title or the number without regard to
	 * diacritics ({@code %} for all), {@code year} 0 for every year; {@code agencyId} 0 for the office, else only the
	 * agency's plans; drafts only for the office.
	 */
	@Query(value = SUMMARY + SEARCH + " order by p.year desc, p.id desc",
			countQuery = "select count(p) from Plan p" + SEARCH)
	Page<PlanSummary> searchSummaries(String folded, int year, boolean drafts, long agencyId, Pageable pageable);

	String SEARCH = """
			 where (cast(function('fold_vi', p.title) as String) like :folded
			        or cast(function('fold_vi', concat(coalesce(cast(p.number as String), ''), '/', p.docTypeSymbol, '-',
			             p.bodySymbol)) as String) like :folded)
			   and (:year = 0 or p.year = :year)
			   and (:drafts = true or p.status <> vn.atgt.thidua.plan.PlanStatus.DRAFT)
			   and (:agencyId = 0 or :agencyId member of p.participantIds)
			""";

	/** The last number of the body's register for the type in a year of issue (0 when none). */
	@Query("""
			select coalesce(max(p.number), 0) from Plan p
			 where p.bodySymbol = :body and p.docTypeSymbol = :type and extract(year from p.issueDate) = :issueYear""")
	int maxNumber(String body, String type, int issueYear);

	/** Whether another plan of the body and type already has the number in the year of issue. */
	@Query("""
			select count(p) > 0 from Plan p
			 where p.bodySymbol = :body and p.docTypeSymbol = :type and extract(year from p.issueDate) = :issueYear
			   and p.number = :number and p.id <> :id""")
	boolean numberTaken(String body, String type, int issueYear, int number, Long id);

	/** A plan as clerks cite it ({@link PlanDirectory.PlanLabel}); the queries below add their own conditions. */
	String LABEL = """
			select new vn.atgt.thidua.plan.PlanDirectory$PlanLabel(p.id, p.year,
			  concat(coalesce(cast(p.number as string), ''), '/', p.docTypeSymbol, '-', p.bodySymbol), p.issueDate, p.title)
			from Plan p
			""";

	@Query(LABEL + "where p.number is not null order by p.year desc, p.number desc")
	List<PlanDirectory.PlanLabel> findIssuedLabels();

	@Query(LABEL + """
			where p.status = vn.atgt.thidua.plan.PlanStatus.PUBLISHED and :agencyId member of p.participantIds
			order by p.year desc, p.number desc""")
	List<PlanDirectory.PlanLabel> findPublishedLabelsFor(Long agencyId);

	@Query(LABEL + "where p.id = :id")
	java.util.Optional<PlanDirectory.PlanLabel> findLabel(Long id);

	@Query("select p.id from Plan p where p.status = vn.atgt.thidua.plan.PlanStatus.PUBLISHED")
	List<Long> findPublishedIds();

}
