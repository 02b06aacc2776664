package dev.gcsync.sync.resolve;

/** A user or queue entry of the desired state with its names turned into ids. */
public sealed interface ResolvedEntry permits ResolvedUser, ResolvedQueue {

    /**
     * How reports name the entry, with where the files list it ("ana@example.com (users.yaml:3:5)", "queue Billing
     * (queues.yaml:2:3)"). Made when asked, not kept: 100,000 resolved users would keep 100,000 such strings.
     */
    String entryLabel();
}
