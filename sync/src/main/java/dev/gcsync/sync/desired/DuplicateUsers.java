package dev.gcsync.sync.desired;

import dev.gcsync.sync.problem.Problem;
import dev.gcsync.sync.tree.Pos;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Users named the same way twice in the files (one email, ignoring case; across files too), found before
 * the org is read. Each entry's problem quotes its own spelling and names the other places; both entries
 * become not well-formed, so that neither is applied (which one is meant cannot be guessed). Users named
 * two different ways (an email here, their username there) are found by the resolver, which knows the org.
 */
final class DuplicateUsers {
    private DuplicateUsers() {}

    /** The users, with the duplicated ones marked not well-formed, and a problem per duplicated entry. */
    record Checked(List<DesiredUser> users, List<Problem> problems) {}

    static Checked check(List<DesiredUser> users) {
        Map<String, List<DesiredUser>> byKey = new LinkedHashMap<>();
        for (DesiredUser u : users) {
            byKey.computeIfAbsent(u.key().kind() + " " + u.key().normalized(), k -> new ArrayList<>())
                    .add(u);
        }
        List<Problem> problems = new ArrayList<>();
        List<DesiredUser> out = new ArrayList<>(users.size());
        for (DesiredUser u : users) {
            List<DesiredUser> same = byKey.get(u.key().kind() + " " + u.key().normalized());
            if (same.size() == 1) {
                out.add(u);
                continue;
            }
            String others = same.stream()
                    .filter(o -> o != u)
                    .map(o -> where(o.pos(), u.pos()))
                    .collect(Collectors.joining(", "));
            problems.add(new Problem(
                    u.pos(),
                    u.key().kind().field(),
                    u.key().value(),
                    "the user is listed " + (same.size() == 2 ? "twice" : same.size() + " times") + " (also at "
                            + others + ")",
                    "Keep one entry per user"));
            out.add(u.notWellFormed());
        }
        return new Checked(out, problems);
    }

    /** "line 14" in the same file, "other.yaml:14" in another. */
    private static String where(Pos other, Pos self) {
        return other.file().equals(self.file()) ? "line " + other.line() : other.file() + ":" + other.line();
    }
}
