package dev.gcsync.bench.nightly.scenario;

import dev.gcsync.emulator.store.GroupState;
import dev.gcsync.emulator.store.QueueState;
import dev.gcsync.emulator.store.StateSnapshot;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fewest read requests a tool that diffs needs before it can plan the scenario's writes, computed from
 * the scenario's definition (the initial org and the desired state), each listing at its largest page size:
 * <ul>
 *   <li>catalogues: the pages of the catalogues the desired state names by name (skills, queues, wrap-up
 *       codes; not languages, which the file does not name), {@value #CATALOGUE_PAGE} a page;</li>
 *   <li>users: every listed user, {@value #USER_PAGE} a page with skills expanded (every user is listed);</li>
 *   <li>queue members: every queue a listed user names, {@value #MEMBER_PAGE} a page. With additive
 *       membership (the harness's document) a tool cannot know a listed user is already a member without
 *       reading the queue, so every named queue is involved; authoritative membership would need every
 *       queue of the org;</li>
 *   <li>queue wrap-up codes: the managed queues' codes, {@value #CATALOGUE_PAGE} a page.</li>
 * </ul>
 * A listing of n items takes {@code max(1, ceil(n / pageSize))} requests. Verify reads, token requests and
 * reads forced by faults are not counted: the minimum trusts its writes.
 *
 * @param cataloguePages pages of the skills, queues and wrap-up code catalogues
 * @param userPages      pages of the user listing
 * @param memberPages    pages of the members of the queues involved
 * @param codePages      pages of the managed queues' wrap-up codes
 */
public record MinimumReads(long cataloguePages, long userPages, long memberPages, long codePages) {
    /** 500: the largest {@code GET /api/v2/users} page (assumed, genesys-api.md). */
    public static final int USER_PAGE = 500;
    /** 100: the largest queue-member page (documented, genesys-api.md). */
    public static final int MEMBER_PAGE = 100;
    /** 500: the largest catalogue page the emulator serves (Genesys clamps larger ones). */
    public static final int CATALOGUE_PAGE = 500;

    public static MinimumReads of(Desired d) {
        StateSnapshot org = d.initial();
        long catalogues = pages(org.skills().size(), CATALOGUE_PAGE)
                + pages(org.queues().size(), CATALOGUE_PAGE)
                + pages(org.wrapupCodes().size(), CATALOGUE_PAGE);
        Set<String> involved = new LinkedHashSet<>();
        d.users().forEach(u -> involved.addAll(u.queues()));
        Map<String, GroupState> groups = new HashMap<>();
        org.groups().forEach(g -> groups.put(g.id(), g));
        long members = 0;
        for (QueueState q : org.queues()) {
            if (involved.contains(q.id())) {
                members += pages(listed(q, groups), MEMBER_PAGE);
            }
        }
        long codes = 0;
        for (QueueWant q : d.queues()) {
            long now = org.queues().stream()
                    .filter(s -> s.id().equals(q.id()))
                    .findFirst()
                    .map(s -> s.wrapupCodes().size())
                    .orElse(0);
            codes += pages(now, CATALOGUE_PAGE);
        }
        return new MinimumReads(catalogues, pages(d.users().size(), USER_PAGE), members, codes);
    }

    public long total() {
        return cataloguePages + userPages + memberPages + codePages;
    }

    /** Entries of a queue's member listing: its direct members and its groups' members, each user once. */
    private static int listed(QueueState q, Map<String, GroupState> groups) {
        Set<String> all = new LinkedHashSet<>(q.members());
        q.groups().forEach(g -> all.addAll(groups.containsKey(g) ? groups.get(g).members() : List.of()));
        return all.size();
    }

    static long pages(long items, int pageSize) {
        return Math.max(1, (items + pageSize - 1) / pageSize);
    }
}
