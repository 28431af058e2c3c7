package vn.atgt.thidua.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One priority task group (nhóm nhiệm vụ trọng tâm) of a plan; sub-plan items refer to it by id. */
@Entity
@Table(name = "plan_task_group")
public class TaskGroup {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private Plan plan;

	private int position;

	private String title;

	private String content;

	protected TaskGroup() {
	}

	TaskGroup(Plan plan, int position, String title, String content) {
		this.plan = plan;
		this.position = position;
		this.title = title;
		this.content = content;
	}

	void update(int position, String title, String content) {
		this.position = position;
		this.title = title;
		this.content = content;
	}

	public Long getId() {
		return this.id;
	}

	public int getPosition() {
		return this.position;
	}

	public String getTitle() {
		return this.title;
	}

	public String getContent() {
		return this.content;
	}

}
