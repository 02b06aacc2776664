package dev.gcsync.emulator.store;

import java.util.List;

/** A group and its member user ids. */
public record GroupState(String id, String name, List<String> members) {
    public GroupState {
        members = List.copyOf(members);
    }
}
