package dev.gcsync.sync.engine;

import dev.gcsync.sync.problem.Problem;
import java.util.List;

/** The desired state has problems and --skip-invalid was not given: nothing was written. */
public final class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                + " in the desired state; nothing was written. Fix them, or run with --skip-invalid"
                + " to apply the valid entries only.");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
