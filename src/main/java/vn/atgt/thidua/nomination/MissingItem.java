package vn.atgt.thidua.nomination;

/** One thing a dossier still lacks before it can be submitted: a message key and its argument (a nominee's name). */
public record MissingItem(String key, String argument) {
}
