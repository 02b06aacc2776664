package dev.gcsync.sync.org;

import dev.gcsync.sync.plan.Op;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What the sync needs from an org, in its own terms: catalogue and paged user reads, queue reads and
 * one write per {@link Op}. The Genesys implementation sends every
 * request through the rate governor; reads throw {@link OrgReadException} when they cannot complete.
 * Implementations are thread-safe: the applier calls {@link #write} from several threads.
 */
public interface OrgApi {

    Catalogue readCatalogue();

    /** Streams every user with skills and languages expanded where the server gave them. */
    void forEachUser(Consumer<OrgUser> sink);

    /** One user with skills and languages (used when an expansion came back missing, and on 409). */
    OrgUser readUser(String userId);

    /** A queue's members: user id → direct or through a group. */
    Map<String, Membership> readMembers(String queueId);

    Set<String> readQueueWrapupCodes(String queueId);

    /** Sends one op (with the governor's retries); never throws for an HTTP answer. */
    WriteResult write(Op op);

    /** Requests per second the org allows this client (limit ÷ window), or 0 when unknown. */
    double allowedRate();

    /** Where the API is, for reports ("https://api.mypurecloud.ie"); never holds credentials. */
    String target();
}
