package dev.gcsync.sync.engine;

import dev.gcsync.sync.apply.ApplyListener;
import dev.gcsync.sync.journal.JournaledOp;
import dev.gcsync.sync.org.Confirmation;
import dev.gcsync.sync.org.OrgUser;
import dev.gcsync.sync.org.WriteResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Collects, during one apply, the lists that successful writes answered with (a skills bulk PUT/PATCH answers
 * with the user's resulting skills), so that verify reads back only what no answer confirmed. Passes every
 * event on to the listener it wraps.
 *
 * <p>Thread safety: workers call {@link #onOpFinished} concurrently; the lists live in a concurrent map and
 * the last answer received for a user and kind wins (verify checks it and reads the user when it falls short).
 */
final class Confirmations implements ApplyListener {
    private final ApplyListener next;
    private final Map<String, Confirmation> skills = new ConcurrentHashMap<>();
    private final Map<String, Confirmation> languages = new ConcurrentHashMap<>();

    Confirmations(ApplyListener next) {
        this.next = next;
    }

    @Override
    public void onStart(List<JournaledOp> ops) {
        next.onStart(ops);
    }

    @Override
    public void onOpFinished(JournaledOp op, WriteResult result) {
        result.confirmation()
                .ifPresent(c -> (c.kind() == Confirmation.Kind.SKILLS ? skills : languages).put(c.userId(), c));
        next.onOpFinished(op, result);
    }

    /**
     * The user as the answers describe it: {@code before} (as read to plan) with the confirmed lists in place of
     * the lists read then; empty when no answer confirmed anything for this user.
     */
    Optional<OrgUser> confirmed(OrgUser before) {
        Confirmation s = skills.get(before.id());
        Confirmation l = languages.get(before.id());
        if (s == null && l == null) {
            return Optional.empty();
        }
        return Optional.of(new OrgUser(
                before.id(),
                before.name(),
                before.email(),
                before.username(),
                before.title(),
                before.department(),
                before.managerId(),
                before.version(),
                s == null ? before.skills() : s.proficiencies(),
                l == null ? before.languages() : l.proficiencies()));
    }
}
