package dev.gcsync.bench.nightly.scenario;

import java.util.List;

/**
 * A queue whose wrap-up codes the desired state manages (authoritative for that queue).
 *
 * @param id     queue id
 * @param name   queue name, as the file says it
 * @param codes  the wanted code ids (the full list)
 * @param add    codes to attach tonight
 * @param remove codes to detach tonight
 */
public record QueueWant(String id, String name, List<String> codes, List<String> add, List<String> remove) {
    public QueueWant {
        codes = List.copyOf(codes);
        add = List.copyOf(add);
        remove = List.copyOf(remove);
    }
}
