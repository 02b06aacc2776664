package dev.gcsync.sync.plan;

import dev.gcsync.sync.desired.Facet;
import dev.gcsync.sync.desired.FacetMode;
import dev.gcsync.sync.desired.Modes;
import dev.gcsync.sync.org.Membership;
import dev.gcsync.sync.org.OrgUser;
import dev.gcsync.sync.resolve.ResolvedQueue;
import dev.gcsync.sync.resolve.ResolvedUser;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts what additive mode keeps silently: assignments the org has on a listed user (or queue) in a facet the
 * entry manages, that the file does not list. Removing a skill from an exported file does nothing in
 * additive mode; the plan says so, with the {@code --mode} that would remove them. Queue memberships are
 * counted in the queues that were read (in additive mode: the queues the file names); memberships through a
 * group are left out (they are never removed user by user). Not thread-safe: one plan at a time.
 */
final class KeptByAdditive {
    private final Map<Facet, long[]> counts = new EnumMap<>(Facet.class);

    void user(
            ResolvedUser want, OrgUser have, Map<String, Membership> memberships, Set<String> queuesRead, Modes modes) {
        if (want.skills() != null && modes.of(Facet.SKILLS) == FacetMode.ADDITIVE && have.skills() != null) {
            add(
                    Facet.SKILLS,
                    have.skills().keySet().stream()
                            .filter(id -> !want.skills().containsKey(id))
                            .count());
        }
        if (want.languages() != null && modes.of(Facet.LANGUAGES) == FacetMode.ADDITIVE && have.languages() != null) {
            add(
                    Facet.LANGUAGES,
                    have.languages().keySet().stream()
                            .filter(id -> !want.languages().containsKey(id))
                            .count());
        }
        if (want.queues() != null && modes.of(Facet.QUEUES) == FacetMode.ADDITIVE) {
            add(
                    Facet.QUEUES,
                    memberships.entrySet().stream()
                            .filter(m -> m.getValue() == Membership.DIRECT
                                    && queuesRead.contains(m.getKey())
                                    && !want.queues().contains(m.getKey()))
                            .count());
        }
    }

    void queue(ResolvedQueue want, Set<String> have) {
        if (want.mode() == FacetMode.ADDITIVE) {
            add(
                    Facet.WRAPUP_CODES,
                    have.stream().filter(c -> !want.wrapupCodes().contains(c)).count());
        }
    }

    private void add(Facet facet, long kept) {
        if (kept > 0) {
            long[] c = counts.computeIfAbsent(facet, f -> new long[2]);
            c[0] += kept;
            c[1]++;
        }
    }

    List<Plan.Kept> result() {
        List<Plan.Kept> out = new ArrayList<>();
        counts.forEach((facet, c) -> out.add(new Plan.Kept(facet, c[0], c[1])));
        return out;
    }
}
