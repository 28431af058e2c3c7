package vn.atgt.thidua.shared.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.context.MessageSource;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.validation.DataBinder;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.Validator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

import vn.atgt.thidua.shared.spreadsheet.SheetReader.SheetRow;

/**
 * Binds each row of an import to the same form object the web page binds, and checks it with the same validators
 * (Bean Validation and the page's own {@link Validator}s), so an import knows no rule of its own; every refusal
 * becomes a message naming the row and the column.
 *
 * @param <F> the form
 */
public final class RowBinder<F> {

	/** A refused row (0: the whole file), with its message in the user's language. */
	public record RowError(int row, String message) {
	}

	/** A row that passed, bound to its form. */
	public record Bound<F>(int row, F form) {
	}

	/** What the import found: the bound rows, and the errors (import only when there is none). */
	public record Result<F>(List<Bound<F>> rows, List<RowError> errors) {

		public boolean ok() {
			return this.errors.isEmpty();
		}

	}

	/** A column of the sheet: the form property it fills, its header, and how a cell becomes the property's value. */
	public record Column(String property, String header, Function<Object, Object> convert) {

		public Column(String property, String header) {
			this(property, header, Function.identity());
		}

	}

	private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

	private static final DefaultFormattingConversionService CONVERSIONS = new DefaultFormattingConversionService();

	private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

	private final Supplier<F> newForm;

	private final List<Column> columns;

	private final List<Validator> validators;

	private final MessageSource messages;

	private final Locale locale;

	/** {@code formValidators}: the page's own validators of the form, run after Bean Validation. */
	public RowBinder(Supplier<F> newForm, List<Column> columns, jakarta.validation.Validator beanValidation,
			List<Validator> formValidators, MessageSource messages, Locale locale) {
		this.newForm = newForm;
		this.columns = columns;
		List<Validator> all = new ArrayList<>();
		all.add(new SpringValidatorAdapter(beanValidation));
		all.addAll(formValidators);
		this.validators = List.copyOf(all);
		this.messages = messages;
		this.locale = locale;
	}

	public Result<F> bind(List<SheetRow> rows) {
		List<Bound<F>> bound = new ArrayList<>();
		List<RowError> errors = new ArrayList<>();
		for (SheetRow row : rows) {
			F form = this.newForm.get();
			DataBinder binder = new DataBinder(form, "row");
			binder.setConversionService(CONVERSIONS);
			binder.addValidators(this.validators.toArray(Validator[]::new));
			MutablePropertyValues values = new MutablePropertyValues();
			BeanWrapperImpl target = new BeanWrapperImpl(form);
			for (int c = 0; c < this.columns.size(); c++) {
				Column column = this.columns.get(c);
				if (column.property() != null) {
					Object value = column.convert().apply(row.cell(c));
					values.add(column.property(), forProperty(target.getPropertyType(column.property()), value));
				}
			}
			binder.bind(values);
			binder.validate();
			if (binder.getBindingResult().hasErrors()) {
				binder.getBindingResult().getAllErrors().forEach(e -> errors.add(new RowError(row.number(), message(e))));
			}
			else {
				bound.add(new Bound<>(row.number(), form));
			}
		}
		return new Result<>(bound, errors);
	}

	/**
	 * A date cell typed the Vietnamese way (30/6/2025) or as ISO, for a {@code LocalDate} property; an unreadable one
	 * reaches the form as text and is refused there with the page's own message.
	 */
	public static Object vietnameseDate(Object cell) {
		if (cell instanceof String text) {
			try {
				return text.contains("-") ? LocalDate.parse(text) : LocalDate.parse(text, VN_DATE);
			}
			catch (DateTimeParseException ex) {
				return text;
			}
		}
		return cell;
	}

	/** The message of an error found outside the form (a duplicate, a lookup), for a row. */
	public RowError error(int row, String property, String messageKey, Object... args) {
		return new RowError(row, header(property) + ": " + this.messages.getMessage(messageKey, args, this.locale));
	}

	private String message(ObjectError error) {
		String text = this.messages.getMessage(error, this.locale);
		if (!(error instanceof FieldError field)) {
			return text;
		}
		Object rejected = field.getRejectedValue();
		String shown = rejected == null || rejected.toString().isBlank() ? "" : " (\u201C" + rejected + "\u201D)";
		return header(field.getField()) + ": " + text + shown;
	}

	private String header(String property) {
		return this.columns.stream().filter(c -> property.equals(c.property())).map(Column::header).findFirst()
			.orElse(property);
	}

	// a number typed into a date column is Excel's day count; a whole number is given without ".0"
	private static Object forProperty(Class<?> type, Object value) {
		if (value instanceof BigDecimal number) {
			if (type == LocalDate.class) {
				return EXCEL_EPOCH.plusDays(number.longValue());
			}
			return number.stripTrailingZeros().toPlainString();
		}
		return value;
	}

}
