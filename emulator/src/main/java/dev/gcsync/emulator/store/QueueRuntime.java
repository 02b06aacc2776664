package dev.gcsync.emulator.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The mutable side of one queue: direct members, member groups, wrap-up codes, and membership writes not yet
 * visible to reads (the membership read lag). Thread safety: every method is synchronized on this queue.
 */
final class QueueRuntime {
    private final QueueState info;
    private final Set<String> visibleMembers;
    private final List<String> groups;
    private final Set<String> wrapupCodes;
    private final ArrayDeque<Change> pending = new ArrayDeque<>();

    private record Change(long visibleAtMillis, String userId, boolean add) {}

    QueueRuntime(QueueState state) {
        this.info = state;
        this.visibleMembers = new LinkedHashSet<>(state.members());
        this.groups = List.copyOf(state.groups());
        this.wrapupCodes = new LinkedHashSet<>(state.wrapupCodes());
    }

    QueueState info() {
        return info;
    }

    synchronized void changeMembers(List<String> userIds, boolean add, long visibleAtMillis, long nowMillis) {
        for (String userId : userIds) {
            pending.addLast(new Change(visibleAtMillis, userId, add));
        }
        promote(nowMillis);
    }

    /** True when the user is a direct member, counting writes not yet visible. */
    synchronized boolean isDirectMember(String userId) {
        boolean member = visibleMembers.contains(userId);
        for (Change c : pending) {
            if (c.userId.equals(userId)) {
                member = c.add;
            }
        }
        return member;
    }

    List<String> groups() {
        return groups;
    }

    /** Members as reads at {@code nowMillis} see them: direct first, then group members not also direct. */
    synchronized List<QueueMember> visibleMembers(long nowMillis, List<GroupState> memberGroups) {
        promote(nowMillis);
        List<QueueMember> out = new ArrayList<>(visibleMembers.size());
        for (String id : visibleMembers) {
            out.add(new QueueMember(id, "user"));
        }
        Set<String> seen = new LinkedHashSet<>(visibleMembers);
        for (GroupState g : memberGroups) {
            for (String id : g.members()) {
                if (seen.add(id)) {
                    out.add(new QueueMember(id, "group"));
                }
            }
        }
        return out;
    }

    synchronized List<String> wrapupCodes() {
        return List.copyOf(wrapupCodes);
    }

    synchronized void addWrapupCodes(List<String> ids) {
        wrapupCodes.addAll(ids);
    }

    synchronized boolean removeWrapupCode(String id) {
        return wrapupCodes.remove(id);
    }

    /** The final state, with every pending write applied. */
    synchronized QueueState export() {
        Set<String> members = new LinkedHashSet<>(visibleMembers);
        for (Change c : pending) {
            if (c.add) {
                members.add(c.userId);
            } else {
                members.remove(c.userId);
            }
        }
        return new QueueState(
                info.id(), info.name(), info.divisionId(), List.copyOf(members), groups, List.copyOf(wrapupCodes));
    }

    private void promote(long nowMillis) {
        while (!pending.isEmpty() && pending.peekFirst().visibleAtMillis <= nowMillis) {
            Change c = pending.removeFirst();
            if (c.add) {
                visibleMembers.add(c.userId);
            } else {
                visibleMembers.remove(c.userId);
            }
        }
    }
}
