package vn.atgt.thidua.agency.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.agency.AgencyDetails;
import vn.atgt.thidua.shared.spreadsheet.RowBinder;
import vn.atgt.thidua.shared.spreadsheet.SheetReader;
import vn.atgt.thidua.shared.storage.Upload;

/**
 * Reads the agency template (name, short name, kind, e-mail, valid from, valid to) into {@link AgencyForm}s checked
 * by the same validators as the page; the rows are imported only when none is refused.
 */
@Component
class AgencyImporter {

	private final jakarta.validation.Validator beanValidation;

	private final AgencyFormValidator formValidator;

	private final MessageSource messages;

	AgencyImporter(jakarta.validation.Validator beanValidation, AgencyFormValidator formValidator,
			MessageSource messages) {
		this.beanValidation = beanValidation;
		this.formValidator = formValidator;
		this.messages = messages;
	}

	/** The rows as agencies to create, or the refusals (the result's errors). */
	RowBinder.Result<AgencyDetails> read(Upload upload, Locale locale) {
		Function<String, String> t = key -> this.messages.getMessage("agency.template." + key, null, locale);
		RowBinder<AgencyForm> binder = new RowBinder<>(AgencyImporter::newForm,
				List.of(new RowBinder.Column("name", t.apply("name")), new RowBinder.Column("shortName", t.apply("shortName")),
						new RowBinder.Column("kind", t.apply("kind"), AgencyImporter::kind),
						new RowBinder.Column("contactEmail", t.apply("email")),
						new RowBinder.Column("validFrom", t.apply("validFrom"), RowBinder::vietnameseDate),
						new RowBinder.Column("validTo", t.apply("validTo"), RowBinder::vietnameseDate)),
				this.beanValidation, List.of(this.formValidator), this.messages, locale);
		RowBinder.Result<AgencyForm> bound = binder.bind(SheetReader.read(upload, 6));
		List<RowBinder.RowError> errors = new ArrayList<>(bound.errors());
		List<RowBinder.Bound<AgencyDetails>> rows = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (RowBinder.Bound<AgencyForm> row : bound.rows()) {
			AgencyForm form = row.form();
			form.setActive(form.getValidTo() == null);
			if (!names.add(form.getName().toLowerCase(Locale.ROOT))) {
				errors.add(binder.error(row.row(), "name", "agency.validation.nameTaken"));
			}
			rows.add(new RowBinder.Bound<>(row.row(), form.toDetails()));
		}
		return new RowBinder.Result<>(rows, errors);
	}

	private static AgencyForm newForm() {
		return new AgencyForm();
	}

	// the template names kinds by their code; any letter case will do
	private static Object kind(Object cell) {
		return cell instanceof String text ? text.toUpperCase(Locale.ROOT) : cell;
	}

}
