package vn.atgt.thidua.home;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Dates as a Vietnamese clerk writes them, whatever the browser's language (issue 12 item 9): every date field is a
 * text field showing {@code 10/6/2024}; it accepts {@code 10/6/2024}, {@code 10/06/2024} and, for links and older
 * bookmarks, {@code 2024-06-10}. Registered after Spring's own formatters, so it is asked first, also for fields
 * annotated {@code @DateTimeFormat(iso = DATE)}.
 */
@Configuration(proxyBeanMethods = false)
class VietnameseDates implements WebMvcConfigurer {

	static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(LocalDate.class, new Formatter<LocalDate>() {

			@Override
			public String print(LocalDate date, Locale locale) {
				return SHOWN.format(date);
			}

			@Override
			public LocalDate parse(String text, Locale locale) throws ParseException {
				String value = text.strip().replace('-', text.strip().indexOf('-') == 4 ? '-' : '/')
					.replace('.', '/');
				try {
					return value.indexOf('-') == 4 ? LocalDate.parse(value) : LocalDate.parse(value, TYPED);
				}
				catch (DateTimeParseException ex) {
					throw new ParseException(text, ex.getErrorIndex());
				}
			}

		});
	}

}
