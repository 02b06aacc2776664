package dev.gcsync.sync.problem;

import dev.gcsync.sync.tree.Pos;

/**
 * One thing wrong with the input, named precisely enough to fix it: where (file, line, column), which
 * field, the offending value, what is wrong and what to do.
 *
 * @param hint what to do about it; may be empty
 */
public record Problem(Pos pos, String field, String value, String message, String hint) {

    /** The line a user sees: {@code users.csv:14:3: skills "Biling": unknown skill. Did you mean "Billing"?} */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(pos).append(": ");
        if (!field.isEmpty()) {
            sb.append(field);
            if (!value.isEmpty()) {
                sb.append(" \"").append(value).append('"');
            }
            sb.append(": ");
        }
        sb.append(message);
        if (!hint.isEmpty()) {
            sb.append(". ").append(hint);
        }
        return sb.toString();
    }
}
