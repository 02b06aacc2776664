package dev.gcsync.cli.sync;

import dev.gcsync.cli.options.BudgetStoreOptions;
import dev.gcsync.cli.options.ConnectionOptions;
import dev.gcsync.cli.options.RunOptions;
import dev.gcsync.cli.progress.Stamp;
import dev.gcsync.genesys.ClientSettings;
import dev.gcsync.genesys.GenesysClient;
import dev.gcsync.governor.BudgetStore;
import dev.gcsync.governor.GovernorConfig;
import dev.gcsync.governor.GovernorListener;
import dev.gcsync.governor.LearnedLimit;
import dev.gcsync.governor.TimeSource;
import dev.gcsync.sync.engine.SyncEngine;
import dev.gcsync.sync.engine.SyncOptions;
import dev.gcsync.sync.journal.LearnedLimitRecorder;
import dev.gcsync.sync.journal.LearnedLimitStore;
import dev.gcsync.sync.org.genesys.GenesysOrgApi;
import dev.gcsync.sync.report.TimelineRecorder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

/** One command's wiring: client (auth → governor → transport), org adapter, timeline and engine. */
public final class SyncContext {
    public final GenesysClient client;
    public final GenesysOrgApi api;
    public final TimelineRecorder timeline;
    public final SyncEngine engine;

    private SyncContext(GenesysClient client, GenesysOrgApi api, TimelineRecorder timeline, SyncEngine engine) {
        this.client = client;
        this.api = api;
        this.timeline = timeline;
        this.engine = engine;
    }

    public static SyncContext create(
            ConnectionOptions connection,
            RunOptions run,
            SyncOptions options,
            Map<String, String> env,
            PrintWriter err) {
        return create(connection, run, options, env, err, null);
    }

    /** The same, with the org's shared buckets counted where {@code budgetStore} says (null: this process). */
    public static SyncContext create(
            ConnectionOptions connection,
            RunOptions run,
            SyncOptions options,
            Map<String, String> env,
            PrintWriter err,
            BudgetStoreOptions budgetStore) {
        GovernorConfig governor = run != null
                ? run.governor(GovernorConfig.defaults())
                : GovernorConfig.defaults().toBuilder()
                        .maxConcurrency(options.inFlight())
                        .build();
        ClientSettings settings = connection.settings(governor, env).withTokens(run != null ? run.tokens : 1);
        BudgetStore store = budgetStore == null
                ? BudgetStore.local()
                : budgetStore.open(connection, env, settings.apiBase(), "apply");
        return create(settings, options, err, Optional.ofNullable(run).map(r -> r.stateDir), store);
    }

    /**
     * Wiring for settings already made. With a state dir, the governors start from the buckets learned by
     * earlier runs against the same org and keep what they learn in this one ({@link LearnedLimitStore}). The
     * org's documented limits are paced from the first request ({@link PacingLog}).
     */
    public static SyncContext create(
            ClientSettings settings, SyncOptions options, PrintWriter err, Optional<Path> stateDir) {
        return create(settings, options, err, stateDir, BudgetStore.local());
    }

    static SyncContext create(
            ClientSettings settings,
            SyncOptions options,
            PrintWriter err,
            Optional<Path> stateDir,
            BudgetStore budget) {
        TimeSource time = TimeSource.system();
        TimelineRecorder timeline = new TimelineRecorder(time);
        GovernorListener listener = timeline;
        List<LearnedLimit> learned = List.of();
        // the recorder saves what the client's governors hold; the client is made after its listener
        AtomicReference<GenesysClient> made = new AtomicReference<>();
        if (stateDir.isPresent()) {
            LearnedLimitStore store = new LearnedLimitStore(stateDir.get());
            String org = LearnedLimitStore.orgKey(settings.apiBase(), settings.clientId());
            learned = store.usable(org, Instant.now());
            LearnedLimitRecorder recorder = new LearnedLimitRecorder(store, org, () -> Optional.ofNullable(made.get())
                    .map(GenesysClient::learnedLimits)
                    .orElse(List.of()));
            listener = event -> {
                timeline.onEvent(event);
                recorder.onEvent(event);
            };
        }
        GenesysClient client = new GenesysClient(
                settings, time, () -> ThreadLocalRandom.current().nextDouble(), listener, budget);
        made.set(client);
        List<LearnedLimit> shared = budget.learnedLimits();
        if (!shared.isEmpty()) {
            List<LearnedLimit> all = new java.util.ArrayList<>(learned); // this state dir's first: the first wins
            all.addAll(shared);
            learned = all;
        }
        client.startFrom(learned);
        PacingLog.store(budget.status()).ifPresent(line -> log(err, line));
        PacingLog.learned(learned, settings.governor().budgetShare(), Instant.now())
                .forEach(line -> log(err, line));
        if (settings.tokens() > 1) {
            log(
                    err,
                    "sending through " + settings.tokens() + " tokens of client '" + settings.clientId()
                            + "': each paced by its own per-token window, all sharing the org's buckets");
        }
        PacingLog.documented(PacingLog.read(client), settings.governor().budgetShare())
                .forEach(line -> log(err, line));
        GenesysOrgApi api = new GenesysOrgApi(client, settings.apiBase().toString());
        SyncEngine engine = new SyncEngine(api, options, time, Clock.systemUTC(), timeline, line -> log(err, line));
        return new SyncContext(client, api, timeline, engine);
    }

    /** A timestamped progress line on stderr, so stdout stays the plan or summary. */
    static void log(PrintWriter err, String line) {
        err.println(Stamp.now() + " " + line);
        err.flush();
    }
}
