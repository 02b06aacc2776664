package dev.gcsync.sync.desired;

import java.util.List;

/**
 * The whole desired state read from one or more files (names, not ids; not yet checked against the org).
 *
 * @param includeInactive manage users (and name managers) who are inactive in Genesys Cloud too; by default
 *                        they are reported with a warning and left alone
 */
public record DesiredState(
        Modes modes, List<DesiredUser> users, List<DesiredQueue> queues, List<String> files, boolean includeInactive) {
    public DesiredState {
        users = List.copyOf(users);
        queues = List.copyOf(queues);
        files = List.copyOf(files);
    }

    public DesiredState(Modes modes, List<DesiredUser> users, List<DesiredQueue> queues, List<String> files) {
        this(modes, users, queues, files, false);
    }

    public DesiredState withModes(Modes newModes) {
        return new DesiredState(newModes, users, queues, files, includeInactive);
    }

    public DesiredState withIncludeInactive(boolean value) {
        return new DesiredState(modes, users, queues, files, value);
    }
}
