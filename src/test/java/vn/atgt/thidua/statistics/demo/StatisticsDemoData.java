package vn.atgt.thidua.statistics.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.account.UserAccountRepository;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.statistics.Counts;
import vn.atgt.thidua.statistics.FiguresData;
import vn.atgt.thidua.statistics.PeriodType;
import vn.atgt.thidua.statistics.StatisticsService;

/**
 * Demo province-wide accident figures 2019–2024 (yearly and first six months, plus the 9 months of 2021 from report
 * 112/BC-BATGT), plausible for Lạng Sơn, so that the targets dashboard of the 2024 plan has something to show.
 */
@Component
@Profile("demo")
@Order(14)
public class StatisticsDemoData implements ApplicationRunner {

	// year → accidents, deaths, injuries (Decree 09 year: 15/12 of the previous year – 14/12)
	private static final int[][] YEARS = { { 2018, 58, 52, 31 }, { 2019, 52, 48, 25 }, { 2020, 46, 43, 19 },
			{ 2021, 39, 36, 11 }, { 2022, 44, 40, 15 }, { 2023, 41, 37, 14 }, { 2024, 37, 33, 13 } };

	private static final int[][] HALF_YEARS = { { 2018, 30, 27, 16 }, { 2019, 27, 25, 13 }, { 2020, 24, 22, 10 },
			{ 2021, 19, 18, 5 }, { 2022, 22, 20, 8 }, { 2023, 20, 18, 7 }, { 2024, 18, 16, 6 } };

	private final StatisticsService statistics;

	private final UserAccountRepository accounts;

	StatisticsDemoData(StatisticsService statistics, UserAccountRepository accounts) {
		this.statistics = statistics;
		this.accounts = accounts;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.statistics.hasAnyFigures()) {
			return;
		}
		CurrentUser office = this.accounts.findWithRolesByUsername("vanphong").orElseThrow().toCurrentUser();
		record(PeriodType.YEAR, YEARS, office);
		record(PeriodType.HALF_YEAR, HALF_YEARS, office);
		PeriodType.Window nine = PeriodType.NINE_MONTHS.defaultWindow(2021, 0);
		this.statistics.recordProvinceFigures(new FiguresData(PeriodType.NINE_MONTHS, 2021, 0, nine.start(), nine.end(),
				new Counts(28, 27, 7), new Counts(34, 34, 13), null, null, null, "Báo cáo số 112/BC-BATGT ngày 15/9/2021"),
				office);
	}

	private void record(PeriodType type, int[][] rows, CurrentUser office) {
		for (int i = 1; i < rows.length; i++) {
			int[] row = rows[i];
			int[] prev = rows[i - 1];
			PeriodType.Window window = type.defaultWindow(row[0], 0);
			this.statistics.recordProvinceFigures(new FiguresData(type, row[0], 0, window.start(), window.end(),
					new Counts(row[1], row[2], row[3]), new Counts(prev[1], prev[2], prev[3]), null, null, null, null),
					office);
		}
	}

}
