package dev.gcsync.sync.resolve;

import dev.gcsync.sync.problem.Problem;
import java.util.List;

/**
 * What resolving one entry of the desired state gave: resolved (to diff), left alone with a warning (nothing
 * is written for it and the run goes on), or invalid with its problems (the file must change).
 *
 * @param <T> the resolved entry: {@link ResolvedUser} or {@link ResolvedQueue}
 */
public sealed interface Outcome<T extends ResolvedEntry> {

    /** How reports name the entry ("ana@example.com (users.yaml:3:5)", "queue Billing (…)"). */
    String label();

    /**
     * @param warnings parts of the entry left unchanged (an inactive manager); each names the user. The label
     *                 is the value's ({@link ResolvedEntry#entryLabel}), made when asked: one of these is kept
     *                 per listed user, so it holds no more than it must.
     */
    record Resolved<T extends ResolvedEntry>(T value, List<Problem> warnings) implements Outcome<T> {
        public Resolved {
            warnings = List.copyOf(warnings);
        }

        @Override
        public String label() {
            return value.entryLabel();
        }
    }

    /**
     * The whole entry is left unchanged, for the reasons the warnings give (an inactive user, a deleted skill
     * Genesys would refuse to assign); not an error: the rest of the run goes on.
     */
    record LeftAlone<T extends ResolvedEntry>(String label, List<Problem> warnings) implements Outcome<T> {
        public LeftAlone {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * The entry cannot be applied. {@code problems} are those resolution found; an entry that was already
     * malformed in the file may have none of its own (its problems are the reader's).
     */
    record Invalid<T extends ResolvedEntry>(String label, List<Problem> problems) implements Outcome<T> {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }
}
