package dev.gcsync.sync.engine;

import dev.gcsync.sync.apply.Rediff;
import dev.gcsync.sync.org.OrgReader;
import dev.gcsync.sync.org.OrgUser;
import dev.gcsync.sync.plan.Op;
import dev.gcsync.sync.plan.ProfileDiff;
import dev.gcsync.sync.resolve.ResolvedState;
import dev.gcsync.sync.resolve.ResolvedUser;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * After a 409 or an ambiguous profile PATCH: re-read the user and patch what still differs with the fresh
 * version (often nothing: the first attempt did land, or another admin made the same change). Every other
 * op is idempotent, so what is left of it is the op itself.
 */
final class ProfileRediff implements Rediff {
    private final OrgReader api;
    private final Map<String, ResolvedUser> desired = new HashMap<>();

    ProfileRediff(OrgReader api, ResolvedState state) {
        this.api = api;
        state.users().forEach(u -> desired.put(u.userId(), u));
    }

    @Override
    public Optional<Op> after(Op refused) {
        if (!(refused instanceof Op.UpdateProfile profile)) {
            return Optional.of(refused);
        }
        ResolvedUser want = desired.get(profile.userId());
        OrgUser have = api.readUser(profile.userId());
        return ProfileDiff.of(want, have).op(profile.userId(), have.version());
    }
}
