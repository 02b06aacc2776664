package dev.gcsync.sync.desired;

import dev.gcsync.sync.problem.Problem;
import dev.gcsync.sync.problem.Problems;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a reader made of one entry of a file (a user, a queue, a CSV row): the entry, when it can be named
 * at all, and its own problems. The entry is valid exactly when it has no problems; readers decide that
 * from this value, never by watching a shared problem count grow.
 */
record Entry<T>(Optional<T> value, List<Problem> problems) {
    Entry {
        problems = List.copyOf(problems);
    }

    /** An entry that cannot be named (no key, no name): only its problems. */
    static <T> Entry<T> unnamed(Problems problems) {
        return new Entry<>(Optional.empty(), problems.sorted());
    }

    /** An entry built knowing whether it is valid (its own problems are none). */
    static <T> Entry<T> of(Problems problems, Function<Boolean, T> build) {
        return new Entry<>(Optional.of(build.apply(problems.isEmpty())), problems.sorted());
    }

    /** Hands the problems to the file's collector and the entry, if any, to {@code into}. */
    void addTo(Problems all, List<T> into) {
        all.addAll(problems);
        value.ifPresent(into::add);
    }
}
