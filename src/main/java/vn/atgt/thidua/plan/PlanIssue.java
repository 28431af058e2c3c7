package vn.atgt.thidua.plan;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One finding of the pre-publication check: a blocking problem or a warning, the form field it is about (the link
 * target on the checklist) and the values its message quotes. Resolves through the message source, with the field's
 * label as its first argument.
 */
public record PlanIssue(Severity severity, String messageKey, String field, List<Object> values)
		implements MessageSourceResolvable {

	public enum Severity {

		/** Stops publication until fixed. */
		BLOCKING,

		/** Publication needs an explicit, recorded "publish anyway". */
		WARNING

	}

	public PlanIssue {
		values = List.copyOf(values);
	}

	static PlanIssue blocking(String key, String field, Object... values) {
		return new PlanIssue(Severity.BLOCKING, "plan.check." + key, field, List.of(values));
	}

	static PlanIssue warning(String key, String field, Object... values) {
		return new PlanIssue(Severity.WARNING, "plan.check." + key, field, List.of(values));
	}

	/** The message key of the field's label: {@code targets[2].baselineLabel} → {@code plan.field.target.baselineLabel}. */
	public String fieldLabelKey() {
		String plain = this.field.replaceAll("\\[\\d+]", "");
		return "plan.field." + switch (plain) {
			case "targets.baselineLabel" -> "target.baselineLabel";
			case "targets.textGoal" -> "target.textGoal";
			case "taskGroups.title" -> "taskGroup.title";
			case "taskGroups.content" -> "taskGroup.content";
			case "signer" -> "signerName";
			default -> plain;
		};
	}

	/** The id the form gives the field's input ({@code targets[2].baselineLabel} → {@code targets2.baselineLabel}). */
	public String fieldId() {
		return this.field.replace("[", "").replace("]", "");
	}

	public boolean isBlocking() {
		return this.severity == Severity.BLOCKING;
	}

	@Override
	public String[] getCodes() {
		return new String[] { this.messageKey };
	}

	@Override
	public Object[] getArguments() {
		List<Object> args = new ArrayList<>();
		args.add(new DefaultMessageSourceResolvable(new String[] { fieldLabelKey() }, this.field));
		args.addAll(this.values);
		return args.toArray();
	}

	@Override
	public String getDefaultMessage() {
		return this.messageKey;
	}

}
