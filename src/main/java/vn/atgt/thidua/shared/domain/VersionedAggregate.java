package vn.atgt.thidua.shared.domain;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * An editable aggregate: an optimistic-lock version that the edit form carries back, and the domain events its
 * transitions register (published when the repository saves it).
 */
@MappedSuperclass
public abstract class VersionedAggregate extends AbstractAggregateRoot<VersionedAggregate> {

	@Version
	private long version;

	public abstract Long getId();

	public long getVersion() {
		return this.version;
	}

	/** Refuses to change the aggregate when the form was opened on another version than the stored one. */
	public void requireVersion(long expected) {
		if (this.version != expected) {
			throw new ConflictException(getClass().getSimpleName(), getId());
		}
	}

	/**
	 * Drops the events registered so far: for seeding a past state (demo data), whose transitions are not facts of
	 * today and must not reach the audit trail or anybody's notifications.
	 */
	public void discardEvents() {
		clearDomainEvents();
	}

}
