package dev.gcsync.sync.engine;

import dev.gcsync.sync.org.Membership;
import dev.gcsync.sync.org.OrgSnapshot;
import dev.gcsync.sync.org.OrgUser;
import dev.gcsync.sync.plan.Plan;
import dev.gcsync.sync.plan.UserPlan;
import dev.gcsync.sync.resolve.ResolvedQueue;
import dev.gcsync.sync.resolve.ResolvedState;
import dev.gcsync.sync.resolve.ResolvedUser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A plan saved by {@code gcsync plan -o plan.json}: the desired state in ids, the plan, and the "before"
 * of every user and queue it changes, so that {@code apply --plan} can refuse the changes whose before
 * no longer holds (someone changed that user since) and apply the rest exactly as planned.
 */
public record SavedPlan(
        int format,
        Instant createdAt,
        String target,
        String files,
        ResolvedState desired,
        Plan plan,
        Map<String, UserBefore> usersBefore,
        Map<String, Set<String>> queuesBefore) {

    static final int FORMAT = 1;

    /** The parts of a user a plan depends on. */
    public record UserBefore(
            Map<String, Double> skills,
            Map<String, Double> languages,
            Map<String, Membership> memberships,
            String title,
            String department,
            String managerId) {}

    public static SavedPlan of(Prepared prepared, String target, Instant now) {
        Map<String, UserBefore> users = new TreeMap<>();
        for (UserPlan u : prepared.plan().users()) {
            users.put(
                    u.userId(),
                    before(
                            prepared.snapshot().users().get(u.userId()),
                            prepared.snapshot().membershipsOf(u.userId())));
        }
        Map<String, Set<String>> queues = new TreeMap<>();
        prepared.plan()
                .queues()
                .forEach(q -> queues.put(
                        q.queueId(), prepared.snapshot().queueWrapupCodes().getOrDefault(q.queueId(), Set.of())));
        return new SavedPlan(FORMAT, now, target, prepared.files(), prepared.desired(), prepared.plan(), users, queues);
    }

    public void write(Path file) throws IOException {
        Files.writeString(file, JsonDocs.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(this));
    }

    public static SavedPlan read(Path file) throws IOException {
        SavedPlan plan = JsonDocs.MAPPER.readValue(file.toFile(), SavedPlan.class);
        if (plan.format() != FORMAT) {
            throw new IOException(file + " is a plan of format " + plan.format() + "; this gcsync reads format "
                    + FORMAT + ". Make the plan again with this version.");
        }
        return plan;
    }

    /** True when the user still looks as it did when the plan was made (in every part the plan touches). */
    boolean stillHolds(ResolvedUser user, OrgSnapshot now, Map<String, Membership> membershipsNow) {
        UserBefore was = usersBefore.get(user.userId());
        return was == null || was.equals(before(now.users().get(user.userId()), membershipsNow));
    }

    boolean stillHolds(ResolvedQueue queue, OrgSnapshot now) {
        Set<String> was = queuesBefore.get(queue.queueId());
        return was == null || was.equals(now.queueWrapupCodes().getOrDefault(queue.queueId(), Set.of()));
    }

    static UserBefore before(OrgUser u, Map<String, Membership> memberships) {
        return new UserBefore(
                u.skills() == null ? Map.of() : new TreeMap<>(u.skills()),
                u.languages() == null ? Map.of() : new TreeMap<>(u.languages()),
                new TreeMap<>(memberships),
                u.title(),
                u.department(),
                u.managerId());
    }
}
