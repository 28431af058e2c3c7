package vn.atgt.thidua.shared.web;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The row buttons of repeating rows: what they change and where the focus goes afterwards. */
class RowActionTests {

	@Test
	void readsTheButtonsOfTheForms() {
		assertThat(RowAction.parse("addTaskGroup")).contains(new RowAction(RowAction.Verb.ADD, "TaskGroup", -1));
		assertThat(RowAction.parse("removeItem:3")).contains(new RowAction(RowAction.Verb.REMOVE, "Item", 3));
		assertThat(RowAction.parse("upAssignment:1")).contains(new RowAction(RowAction.Verb.UP, "Assignment", 1));
		assertThat(RowAction.parse("downTarget:0")).contains(new RowAction(RowAction.Verb.DOWN, "Target", 0));
	}

	@Test
	void refusesValuesNoFormSends() {
		for (String value : new String[] { null, "", "add", "remove", "removeItem", "removeItem:", "removeItem:-1",
				"removeItem:abc", "removeItem:99999", "addItem:2", "deleteItem:1", "upItem:1.5" }) {
			assertThat(RowAction.parse(value)).as(value).isEmpty();
		}
	}

	@Test
	void addingFocusesTheNewRow() {
		List<String> rows = new ArrayList<>(List.of("a", "b"));
		RowChange change = RowAction.parse("addTaskGroup").orElseThrow().applyTo(rows, () -> "");
		assertThat(rows).containsExactly("a", "b", "");
		assertThat(change).isEqualTo(new RowChange("taskGroupRows", "taskGroup-2"));
	}

	@Test
	void removingFocusesTheRowThatTookItsPlaceOrTheAddButton() {
		List<String> rows = new ArrayList<>(List.of("a", "b", "c"));
		assertThat(RowAction.parse("removeItem:1").orElseThrow().applyTo(rows, () -> "").focus()).isEqualTo("item-1");
		assertThat(rows).containsExactly("a", "c");
		assertThat(RowAction.parse("removeItem:1").orElseThrow().applyTo(rows, () -> "").focus()).isEqualTo("item-0");
		assertThat(RowAction.parse("removeItem:0").orElseThrow().applyTo(rows, () -> "").focus()).isEqualTo("item-add");
		assertThat(rows).isEmpty();
	}

	@Test
	void movingFollowsTheRowWithTheSameButtonWhileItCanStillBeUsed() {
		List<String> rows = new ArrayList<>(List.of("a", "b", "c"));
		assertThat(RowAction.parse("downAssignment:0").orElseThrow().applyTo(rows, () -> "").focus())
			.isEqualTo("assignment-1-down");
		assertThat(rows).containsExactly("b", "a", "c");
		// at the bottom the "down" button is disabled: the focus goes to "up" of the same row
		assertThat(RowAction.parse("downAssignment:1").orElseThrow().applyTo(rows, () -> "").focus())
			.isEqualTo("assignment-2-up");
		assertThat(rows).containsExactly("b", "c", "a");
		assertThat(RowAction.parse("upAssignment:1").orElseThrow().applyTo(rows, () -> "").focus())
			.isEqualTo("assignment-0-down");
		assertThat(rows).containsExactly("c", "b", "a");
	}

	@Test
	void aStalePageChangesNothing() {
		List<String> rows = new ArrayList<>(List.of("a", "b"));
		RowAction.parse("removeItem:5").orElseThrow().applyTo(rows, () -> "");
		RowAction.parse("upItem:0").orElseThrow().applyTo(rows, () -> "");
		RowAction.parse("downItem:1").orElseThrow().applyTo(rows, () -> "");
		RowAction.parse("downItem:7").orElseThrow().applyTo(rows, () -> "");
		assertThat(rows).containsExactly("a", "b");
	}

	@Test
	void aFormDoesNotGrowWithoutBound() {
		List<String> rows = new ArrayList<>();
		RowAction add = RowAction.parse("addItem").orElseThrow();
		for (int i = 0; i < 250; i++) {
			add.applyTo(rows, () -> "");
		}
		assertThat(rows).hasSize(200);
	}

}
