package vn.atgt.thidua.statistics;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccidentFiguresRepository extends JpaRepository<AccidentFigures, Long> {

	String ROW = "select new vn.atgt.thidua.statistics.FiguresRow(f.id, f.version, f.agencyId, f.periodType, f.periodYear, "
			+ "f.periodNo, f.periodStart, f.periodEnd, f.accidents, f.deaths, f.injuries, f.prevAccidents, f.prevDeaths, "
			+ "f.prevInjuries, f.especiallySerious, f.verySerious, f.serious, f.drinkDriving, f.commercialTransport, "
			+ "f.prevSource, f.prevReason, f.enteredBy, f.note) from AccidentFigures f ";

	@Query(ROW + "where f.agencyId is null and f.periodType = :type and f.periodYear = :year and f.periodNo = :no")
	java.util.Optional<FiguresRow> findProvinceRow(PeriodType type, int year, int no);

	@Query(value = ROW + "where f.agencyId is null order by f.periodStart desc, f.periodEnd desc, f.id desc",
			countQuery = "select count(f) from AccidentFigures f where f.agencyId is null")
	Page<FiguresRow> findProvinceRows(Pageable pageable);

	@Query(ROW + "where f.agencyId is null order by f.periodStart, f.periodEnd, f.id")
	List<FiguresRow> findAllProvinceRows();

	@Query("select count(f) > 0 from AccidentFigures f where f.agencyId is null "
			+ "and f.periodType = :type and f.periodYear = :year and f.periodNo = :no and f.id <> :exceptId")
	boolean existsProvinceFigures(PeriodType type, int year, int no, long exceptId);

}
