package dev.gcsync.sync.problem;

import dev.gcsync.sync.tree.Pos;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem of an input, so that all of them are reported at once, in file order. */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public void add(Pos pos, String field, String value, String message, String hint) {
        list.add(new Problem(pos, field, value == null ? "" : value, message, hint == null ? "" : hint));
    }

    public void add(Problem problem) {
        list.add(problem);
    }

    public void addAll(List<Problem> problems) {
        list.addAll(problems);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public int size() {
        return list.size();
    }

    /** The problems sorted by file, line and column. */
    public List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(list);
        copy.sort(Comparator.comparing((Problem p) -> p.pos().file())
                .thenComparingInt(p -> p.pos().line())
                .thenComparingInt(p -> p.pos().column()));
        return List.copyOf(copy);
    }
}
