package dev.gcsync.bench.nightly.scenario;

import java.util.List;

/**
 * s6-hosts' work, split between three processes of one org: the listed users in thirds, in the file's order —
 * the first to gcsync apply A (its desired-state file, with the queues whose wrap-up codes change), the second
 * to gcsync apply B (its own file, users only), the last to the naive loop (handed their changes). The two
 * applies work on disjoint halves of gcsync's users; nobody writes another's users.
 *
 * @param applyA the first third, and every managed queue
 * @param applyB the second third
 * @param naive  the last third
 */
public record HostsSplit(Desired applyA, Desired applyB, Desired naive) {

    public static HostsSplit of(Desired d) {
        List<UserWant> users = d.users();
        int third = users.size() / 3;
        return new HostsSplit(
                new Desired(d.initial(), users.subList(0, third), d.queues()),
                new Desired(d.initial(), users.subList(third, 2 * third), List.of()),
                new Desired(d.initial(), users.subList(2 * third, users.size()), List.of()));
    }

    /**
     * The fewest writes of one gcsync apply on the org bucket (users' routing writes, queue-member writes): one
     * skills {@code PATCH} per changing user, {@code ceil(joiners / 100)} member {@code POST}s per queue.
     */
    public static long gcsyncBucketWrites(Desired part) {
        return Minimum.of(part).userWrites() + Minimum.memberWrites(part);
    }

    /**
     * The naive loop's writes on the org bucket: one call per change (a skills {@code PATCH} per user, a member
     * {@code POST} per join), which no proxy can merge.
     */
    public static long naiveBucketWrites(Desired part) {
        return part.users().stream().filter(u -> u.changedSkill() != null).count()
                + part.users().stream().filter(u -> u.joinQueue() != null).count();
    }

    /** Every process's writes on the org bucket: what the bound divides. */
    public long bucketWrites() {
        return gcsyncBucketWrites(applyA) + gcsyncBucketWrites(applyB) + naiveBucketWrites(naive);
    }
}
