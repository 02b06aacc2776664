package dev.gcsync.sync.plan;

import dev.gcsync.sync.org.OrgUser;
import dev.gcsync.sync.resolve.ResolvedUser;
import java.util.Objects;
import java.util.Optional;

/**
 * The profile fields that differ between a desired and a read user; null = leave unchanged. Shared by the
 * planner and the re-diff after a 409, so both decide "differs" the same way (an unset field equals "", surrounding spaces do not count).
 */
public record ProfileDiff(String title, String department, String managerId) {

    public static ProfileDiff of(ResolvedUser want, OrgUser have) {
        return new ProfileDiff(
                differs(want.title(), have.title()) ? want.title() : null,
                differs(want.department(), have.department()) ? want.department() : null,
                differs(want.managerId(), have.managerId()) ? want.managerId() : null);
    }

    public boolean isEmpty() {
        return title == null && department == null && managerId == null;
    }

    /** The PATCH that closes the difference, with the version just read; empty when nothing differs. */
    public Optional<Op> op(String userId, int version) {
        return isEmpty()
                ? Optional.empty()
                : Optional.of(new Op.UpdateProfile(userId, version, title, department, managerId));
    }

    /**
     * Surrounding spaces do not count: the readers trim what a file says, and an org's "Support " (typed with a
     * trailing space) is the "Support" of an export planned back.
     */
    private static boolean differs(String want, String have) {
        return want != null && !Objects.equals(want.trim(), have == null ? "" : have.trim());
    }
}
