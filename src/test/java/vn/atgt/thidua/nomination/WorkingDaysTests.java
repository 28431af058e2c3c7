package vn.atgt.thidua.nomination;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDaysTests {

	// Tết 2025: 27/1 (Mon) to 31/1 (Fri)
	WorkingDays days = new WorkingDays(Set.of(LocalDate.of(2025, 1, 27), LocalDate.of(2025, 1, 28),
			LocalDate.of(2025, 1, 29), LocalDate.of(2025, 1, 30), LocalDate.of(2025, 1, 31)));

	@Test
	void weekendsAndHolidaysAreNotCounted() {
		// received Friday 24/1/2025: the first working day after is Monday 3/2
		assertThat(this.days.addWorkingDays(LocalDate.of(2025, 1, 24), 1)).isEqualTo(LocalDate.of(2025, 2, 3));
		assertThat(this.days.addWorkingDays(LocalDate.of(2025, 1, 24), 25)).isEqualTo(LocalDate.of(2025, 3, 7));
		assertThat(this.days.addWorkingDays(LocalDate.of(2024, 12, 2), 5)).isEqualTo(LocalDate.of(2024, 12, 9));
	}

	@Test
	void daysLeftCountsWorkingDaysAndGoesNegativeWhenOverdue() {
		LocalDate due = LocalDate.of(2025, 2, 3);
		assertThat(this.days.daysLeft(LocalDate.of(2025, 1, 24), due)).isEqualTo(1);
		assertThat(this.days.daysLeft(due, due)).isZero();
		assertThat(this.days.daysLeft(LocalDate.of(2025, 2, 5), due)).isEqualTo(-2);
	}

}
