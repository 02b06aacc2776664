package dev.gcsync.sync.org;

import dev.gcsync.governor.GovernorMetrics;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What the sync reads from an org, in its own terms: catalogue and paged user reads, queue reads, the
 * client's grants. Writes are {@code plan.OrgWriter}'s (they take the plan's ops, and the plan depends on this
 * package, not the other way round). The Genesys implementation sends every request through the rate governor;
 * reads throw {@link OrgReadException} when they cannot complete. Implementations are thread-safe.
 */
public interface OrgReader {

    Catalogue readCatalogue();

    /** Streams every user with skills and languages expanded where the server gave them. */
    void forEachUser(Consumer<OrgUser> sink);

    /**
     * Streams every user in {@code state}; {@code notices} hears, in words for the operator, when the reading
     * has to change course (a refused cursor query, a page too large). By default: the active users through
     * {@link #forEachUser(Consumer)}, no others.
     */
    default void forEachUser(UserState state, Consumer<String> notices, Consumer<OrgUser> sink) {
        if (state == UserState.ACTIVE) {
            forEachUser(sink);
        }
    }

    /**
     * Where the client holds each of {@code permissions}; empty when the org cannot tell (then writes the
     * client may not make fail one by one with a 403).
     */
    default Optional<Grants> grants(Set<String> permissions) {
        return Optional.empty();
    }

    /** One user with skills and languages (used when an expansion came back missing, and on 409). */
    OrgUser readUser(String userId);

    /** A queue's members: user id → direct or through a group. */
    Map<String, Membership> readMembers(String queueId);

    Set<String> readQueueWrapupCodes(String queueId);

    /**
     * The skills and languages deleted from the org that the users read so far hold (Genesys shows them on those
     * users with {@code state: deleted}); {@code catalogue} with them. By default: {@code catalogue} unchanged.
     */
    default Catalogue withDeletedSeen(Catalogue catalogue) {
        return catalogue;
    }

    /** Requests per second the org allows this client (limit ÷ window), or 0 when unknown. */
    double allowedRate();

    /**
     * The governors' counters and scopes (every token of a pool as one), for the report to count against the
     * scope that bound the run; empty when the reader has no governor.
     */
    default Optional<GovernorMetrics> governorMetrics() {
        return Optional.empty();
    }

    /** The part of an org-wide bucket this client may use ({@code --budget-share}). */
    default double budgetShare() {
        return 1.0;
    }

    /** Where the API is, for reports ("https://api.mypurecloud.ie"); never holds credentials. */
    String target();
}
