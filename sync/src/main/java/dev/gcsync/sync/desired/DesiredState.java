package dev.gcsync.sync.desired;

import java.util.List;

/** The whole desired state read from one or more files (names, not ids; not yet checked against the org). */
public record DesiredState(Modes modes, List<DesiredUser> users, List<DesiredQueue> queues, List<String> files) {
    public DesiredState {
        users = List.copyOf(users);
        queues = List.copyOf(queues);
        files = List.copyOf(files);
    }

    public DesiredState withModes(Modes newModes) {
        return new DesiredState(newModes, users, queues, files);
    }
}
