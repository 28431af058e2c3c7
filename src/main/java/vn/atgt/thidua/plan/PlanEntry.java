package vn.atgt.thidua.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A plan as other modules may join it in JPQL (to show and sort by its year, title and number): a read-only entity
 * over the view {@code plan_directory} that this module's migration defines, not over the plan aggregate's table.
 */
@Entity
@Immutable
@Table(name = "plan_directory")
public class PlanEntry {

	@Id
	private Long id;

	private int year;

	private String title;

	@Enumerated(EnumType.STRING)
	private PlanStatus status;

	private Integer number;

	private String docTypeSymbol;

	private String bodySymbol;

	protected PlanEntry() {
	}

	public Long getId() {
		return this.id;
	}

	public int getYear() {
		return this.year;
	}

	public String getTitle() {
		return this.title;
	}

	public PlanStatus getStatus() {
		return this.status;
	}

	public Integer getNumber() {
		return this.number;
	}

	public String getDocTypeSymbol() {
		return this.docTypeSymbol;
	}

	public String getBodySymbol() {
		return this.bodySymbol;
	}

}
