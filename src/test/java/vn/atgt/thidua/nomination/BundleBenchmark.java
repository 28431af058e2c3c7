package vn.atgt.thidua.nomination;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import vn.atgt.thidua.agency.Agency;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.support.IntegrationTest;
import vn.atgt.thidua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundle at the scale of the issue: 200 forwarded dossiers (two nominees and five files each). Not part of
 * {@code ./mvnw verify} (it takes minutes to build the data); run it with
 * {@code ./mvnw test -Dtest=BundleBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DargLine="-Xmx512m ..."} (see
 * docs/performance.md): it prints the build time, the bytes written and the heap's peak while writing.
 */
@IntegrationTest
class BundleBenchmark {

	@Autowired
	ApplicationContext context;

	@Autowired
	TestData testData;

	@Autowired
	SubmissionBundle bundles;

	@Test
	void twoHundredDossiers() throws Exception {
		int count = Integer.getInteger("bundle.dossiers", 200);
		Dossiers mother = Dossiers.in(this.context);
		CurrentUser office = this.testData.office().toCurrentUser();
		List<Agency> agencies = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			agencies.add(this.testData.agency("Cơ quan " + i));
		}
		Long plan = this.testData.publishedPlan(2040 + (int) (Math.random() * 50), agencies);
		long seeding = System.nanoTime();
		for (Agency agency : agencies) {
			mother.appraised(plan, this.testData.agencyUser(agency).toCurrentUser(), "Phòng Nghiệp vụ " + agency.getId(),
					office);
		}
		Long submission = mother.submissions.consolidate(plan, office);
		System.out.printf("bundle benchmark: %d dossiers seeded in %d s%n", count,
				(System.nanoTime() - seeding) / 1_000_000_000);
		System.gc();
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
			.filter(p -> p.getType() == MemoryType.HEAP).toList();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		long start = System.nanoTime();
		SubmissionBundle.Built built = this.bundles.write(submission, office, OutputStream.nullOutputStream());
		long millis = (System.nanoTime() - start) / 1_000_000;
		long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
		System.out.printf("bundle benchmark: %d dossiers, %d files, %d bytes in %d ms; heap peak while writing %d MB"
				+ " (max %d MB)%n", count, built.entries().size(), built.bytes(), millis, peak / (1024 * 1024),
				Runtime.getRuntime().maxMemory() / (1024 * 1024));
		assertThat(built.entries()).hasSizeGreaterThan(count * 5);
	}

}
