package vn.atgt.thidua.plan;

/** A task group as data; {@code id} is null for a new one. Position is the order in the list. */
public record TaskGroupSpec(Long id, String title, String content) {
}
