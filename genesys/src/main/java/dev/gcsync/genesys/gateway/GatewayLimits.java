package dev.gcsync.genesys.gateway;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.gcsync.genesys.GenesysException;
import dev.gcsync.genesys.internal.Json;
import dev.gcsync.genesys.limits.LimitsReader;
import dev.gcsync.genesys.limits.OrgLimitDocs;
import dev.gcsync.genesys.model.EntityListing;
import dev.gcsync.genesys.model.LimitDocs;
import dev.gcsync.genesys.model.OrgLimit;
import dev.gcsync.governor.OrgBudget;
import dev.gcsync.governor.Outcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The org's documented limits as a gateway reads them: a gateway has no client credentials of its own, so it
 * reads the limit namespaces and {@code /limits/docs} ({@link LimitsReader}) once, with the first caller's token,
 * on a thread of its own (the proxy holds the requests that come meanwhile until it is over), and documents them into the shared
 * {@link OrgBudget}: a documented org or client bucket is paced at its share from then on, and its requests
 * become the family {@code limit:<name>} ({@link #familyOf}). A token that may not read them (401, 403), or an
 * org that has none (404), leaves the gateway undocumented, said once in the log at INFO (never the token).
 * Thread-safe: an atomic start and a volatile result.
 */
public final class GatewayLimits {
    private static final Logger LOG = LoggerFactory.getLogger(GatewayLimits.class);
    private static final TypeReference<EntityListing<OrgLimit>> LIMITS = new TypeReference<>() {};
    private static final TypeReference<LimitDocs> DOCS = new TypeReference<>() {};

    /** A {@code GET} of an API path with the first caller's authorization: its status and body. */
    public interface Get {
        Answer get(String path) throws IOException;
    }

    /** A {@link Get}'s answer. */
    public record Answer(int status, byte[] body) {}

    private final OrgBudget budget;
    private final Json json = new Json();
    private final AtomicBoolean started = new AtomicBoolean();
    private final CompletableFuture<OrgLimitDocs> read = new CompletableFuture<>();
    private volatile OrgLimitDocs docs = OrgLimitDocs.NONE;

    public GatewayLimits(OrgBudget budget) {
        this.budget = budget;
    }

    /** Limits never read (the user turned the read off): every shared bucket is found by 429s. */
    public static GatewayLimits unread(OrgBudget budget) {
        GatewayLimits none = new GatewayLimits(budget);
        none.started.set(true);
        none.read.complete(OrgLimitDocs.NONE);
        return none;
    }

    /** Starts reading through {@code get} unless a read was started already; returns at once. */
    public void readOnce(Get get) {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(() -> read(get), "gcsync-limits");
        t.setDaemon(true);
        t.start();
    }

    /** The family of a request: its documented limit's ({@code limit:<name>}) once read, else by its path. */
    public String familyOf(String method, String pathAndQuery) {
        return docs.familyOf(method, pathAndQuery);
    }

    /** True from the start of the read until it is over (never before a first caller's token started it). */
    public boolean reading() {
        return started.get() && !read.isDone();
    }

    /** Completes with what was read ({@link OrgLimitDocs#NONE} when nothing could be) once the read is over. */
    public CompletableFuture<OrgLimitDocs> done() {
        return read;
    }

    private void read(Get get) {
        OrgLimitDocs found = OrgLimitDocs.NONE;
        try {
            found = LimitsReader.read(
                    ns -> json.read(fetch(get, "/api/v2/organizations/limits/namespaces/" + ns), LIMITS)
                            .entities(),
                    () -> json.read(fetch(get, "/api/v2/organizations/limits/docs"), DOCS)
                            .entries());
            budget.document(found.documented());
            docs = found;
            if (found.rules().isEmpty()) {
                LOG.info("gcsync: the org documents no limit that can be paced: shared buckets are found by 429s");
            } else {
                found.rules()
                        .forEach(r -> LOG.info(
                                "gcsync: pacing {} from now on: {}: {} documents {} per {} s per {}",
                                r.family(),
                                r.namespace(),
                                r.key(),
                                r.limit(),
                                r.window().toSeconds(),
                                r.kind().name().toLowerCase(Locale.ROOT)));
            }
        } catch (NotAllowed e) {
            LOG.info(
                    "gcsync: the org's documented limits could not be read with the first caller's token ({}, not"
                            + " allowed): carrying on undocumented (shared buckets are found by 429s)",
                    e.status);
        } catch (GenesysException e) {
            LOG.info(
                    "gcsync: the org's documented limits could not be read (status {}): carrying on undocumented"
                            + " (shared buckets are found by 429s)",
                    e.status());
        } catch (RuntimeException e) { // no answer, or an answer that is not the limits' JSON
            LOG.info(
                    "gcsync: the org's documented limits could not be read ({}): carrying on undocumented",
                    e.getClass().getSimpleName());
        } finally {
            read.complete(found);
        }
    }

    private static byte[] fetch(Get get, String path) {
        Answer a;
        try {
            a = get.get(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (a.status() == 401 || a.status() == 403) {
            throw new NotAllowed(a.status()); // the token's, for every namespace: not one namespace to skip
        }
        if (a.status() / 100 != 2) {
            throw new GenesysException(
                    "GET " + path,
                    a.status(),
                    null,
                    new String(a.body(), 0, Math.min(200, a.body().length), StandardCharsets.UTF_8),
                    null,
                    1,
                    Outcome.FAILED,
                    Optional.empty(),
                    null);
        }
        return a.body();
    }

    /** The caller's token may not read the limits. */
    private static final class NotAllowed extends RuntimeException {
        final int status;

        NotAllowed(int status) {
            super("status " + status, null, false, false);
            this.status = status;
        }
    }
}
