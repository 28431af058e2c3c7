package vn.atgt.thidua;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the emulation-movement administration of a provincial Traffic Safety Committee. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ThiDuaApplication {

	public static void main(String[] args) {
		SpringApplication.run(ThiDuaApplication.class, args);
	}

}
