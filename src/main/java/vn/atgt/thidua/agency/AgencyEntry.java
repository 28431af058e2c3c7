package vn.atgt.thidua.agency;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * An agency as other modules may join it in JPQL (to show and sort by its name): a read-only entity over the view
 * {@code agency_directory} that this module's migration defines, not over the registry's own table.
 */
@Entity
@Immutable
@Table(name = "agency_directory")
public class AgencyEntry {

	@Id
	private Long id;

	private String name;

	private String shortName;

	@Enumerated(EnumType.STRING)
	private AgencyKind kind;

	private boolean active;

	protected AgencyEntry() {
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getShortName() {
		return this.shortName;
	}

	public AgencyKind getKind() {
		return this.kind;
	}

	public boolean isActive() {
		return this.active;
	}

}
