package dev.gcsync.bench.nightly;

import dev.gcsync.bench.nightly.contender.Arena;
import dev.gcsync.bench.nightly.contender.Contender;
import dev.gcsync.bench.nightly.contender.GcsyncCli;
import dev.gcsync.bench.nightly.contender.NaiveLoop;
import dev.gcsync.bench.nightly.contender.Outcome;
import dev.gcsync.bench.nightly.contender.ViaProxy;
import dev.gcsync.bench.nightly.judge.Judge;
import dev.gcsync.bench.nightly.judge.Verdict;
import dev.gcsync.bench.nightly.report.HostProcess;
import dev.gcsync.bench.nightly.report.HostsResult;
import dev.gcsync.bench.nightly.report.HostsRun;
import dev.gcsync.bench.nightly.scenario.Desired;
import dev.gcsync.bench.nightly.scenario.DesiredDocument;
import dev.gcsync.bench.nightly.scenario.DesiredGenerator;
import dev.gcsync.bench.nightly.scenario.HostsSplit;
import dev.gcsync.bench.nightly.scenario.OrgLoad;
import dev.gcsync.bench.nightly.scenario.Scenario;
import dev.gcsync.cli.options.BudgetStoreOptions;
import dev.gcsync.cli.options.OrgOptions;
import dev.gcsync.emulator.Emulator;
import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.OAuthClient;
import dev.gcsync.emulator.admin.Admin;
import dev.gcsync.emulator.admin.CountersSnapshot;
import dev.gcsync.emulator.background.BackgroundCounts;
import dev.gcsync.emulator.background.BackgroundSpec;
import dev.gcsync.emulator.store.StateSnapshot;
import dev.gcsync.governor.BudgetStore;
import dev.gcsync.governor.TimeSource;
import dev.gcsync.proxy.GcsyncProxy;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import picocli.CommandLine;

/**
 * Runs s6-hosts: one emulated org with the scenario's org bucket, three OAuth clients and the background; for
 * each budget store (the Redis at {@code redisUrl}, then {@code local}) the org is restored, the counters and
 * windows reset, and three processes run at once: gcsync apply A and B (child JVMs launched together, each with
 * its own file and client, {@code --budget-store}) and the naive loop through an in-process gcsync proxy (its own
 * client; the proxy, up before the night as a sidecar is before its job, opens the same store the way
 * {@code gcsync proxy --budget-store} does). The night, the background and the naive loop start at the server's
 * first request; each process's time runs from there to its end. Judged from the server: each process's
 * requests and 429s are its client's tokens'.
 */
final class HostsRunner {
    static final OAuthClient HOST_A = OAuthClient.fullAdmin("gcsync-host-a", "gcsync-host-a-secret");
    static final OAuthClient HOST_B = OAuthClient.fullAdmin("gcsync-host-b", "gcsync-host-b-secret");
    static final OAuthClient SCRIPT = OAuthClient.fullAdmin("wfm-script", "wfm-script-secret");
    static final String NAIVE = "naive-loop-via-proxy";
    private static final long POLL_NANOS = 2_000_000L;

    private final TimeSource time;
    private final Path workRoot;
    private final Consumer<String> log;
    private final List<String> gcsyncJvm;

    HostsRunner(TimeSource time, Path workRoot, Consumer<String> log, List<String> gcsyncJvm) {
        this.time = time;
        this.workRoot = workRoot;
        this.log = log;
        this.gcsyncJvm = List.copyOf(gcsyncJvm);
    }

    /** Both runs; {@code redisUrl} is what every process of the first run names, {@code redis} says where it is. */
    HostsResult run(Scenario s, String redisUrl, String redis) throws Exception {
        OrgLoad org = s.org();
        EmulatorConfig config = EmulatorConfig.builder()
                .users(s.users())
                .seed(s.seed())
                .policy(s.policy())
                .faults(s.faults())
                .client(HOST_A)
                .client(HOST_B)
                .client(SCRIPT)
                .build();
        try (Emulator emulator = Emulator.start(config)) {
            StateSnapshot initial = emulator.admin().exportState();
            Desired desired = DesiredGenerator.make(initial, s, new SplittableRandom(s.seed()));
            HostsSplit parts = HostsSplit.of(desired);
            Path dir = Files.createDirectories(workRoot.resolve(s.name()));
            DesiredDocument.write(parts.applyA(), dir.resolve("desired-a.yaml"));
            DesiredDocument.write(parts.applyB(), dir.resolve("desired-b.yaml"));
            DesiredDocument.write(parts.naive(), dir.resolve("naive-loop-users.yaml"));
            List<HostsRun> runs = new ArrayList<>();
            for (String store : List.of(redisUrl, "local")) {
                String label = "local".equals(store) ? "local" : "redis";
                log.accept(s.name() + ": " + label + " …");
                HostsRun run = once(s, emulator, desired, parts, dir.resolve(label), store, label);
                log.accept(String.format(
                        "%s: %s done: slowest %.1f s (%.2f × bound %.1f s), %d × 429 of %d, background %d × 429 of %d"
                                + " (alone %d)",
                        s.name(),
                        label,
                        run.slowestSeconds(),
                        run.slowestOverBound(),
                        run.orgBoundSeconds(),
                        run.responses429(),
                        run.requests(),
                        run.background429(),
                        run.backgroundRequests(),
                        run.background429Alone()));
                runs.add(run);
            }
            return new HostsResult(
                    s.name(),
                    s.timeScale(),
                    org.share(),
                    org.limit(),
                    s.window().toSeconds(),
                    org.documented(),
                    org.busy(),
                    redis,
                    runs);
        }
    }

    private HostsRun once(
            Scenario s, Emulator emulator, Desired desired, HostsSplit parts, Path dir, String store, String label)
            throws Exception {
        OrgLoad org = s.org();
        Admin admin = emulator.admin();
        admin.setBackground(List.of());
        admin.importState(desired.initial());
        admin.setPolicy(s.policy());
        admin.setFaults(s.faults());
        admin.reset();
        long writes = parts.bucketWrites();
        double bound = org.busyBoundSeconds(writes, s.window());
        BackgroundSpec background = org.busyBackground(writes, s.window());
        Double share = org.share();
        Contender a = GcsyncCli.host("gcsync apply A", gcsyncJvm, HOST_A, share, store);
        Contender b = GcsyncCli.host("gcsync apply B", gcsyncJvm, HOST_B, share, store);
        ViaProxy naive = new ViaProxy(new NaiveLoop(SCRIPT), api -> open(store, api));
        Path root = dir.getParent();
        Path dirA = Files.createDirectories(dir.resolve("apply-a"));
        Path dirB = Files.createDirectories(dir.resolve("apply-b"));
        Path dirNaive = Files.createDirectories(dir.resolve(NAIVE));
        List<Outcome> outcomes = new ArrayList<>();
        long started;
        ExecutorService pool = Executors.newFixedThreadPool(3);
        // the proxy is up (and its store connected) before the night, as a sidecar is before its job
        try (GcsyncProxy proxy = naive.start(s, emulator.baseUrl(), time)) {
            long before = admin.counters().requests();
            long deadline = time.nanoTime() + s.contenderCap().toNanos();
            log.accept(s.name() + ": " + label + ": proxy up at " + proxy.baseUrl() + "; launching both applies");
            try (BackgroundWatch watch = new BackgroundWatch(admin, background, time)) {
                List<Callable<Outcome>> jobs = List.of(
                        () -> ended(
                                a,
                                a.run(arena(
                                        s, parts.applyA(), root.resolve("desired-a.yaml"), emulator, dirA, deadline))),
                        () -> ended(
                                b,
                                b.run(arena(
                                        s, parts.applyB(), root.resolve("desired-b.yaml"), emulator, dirB, deadline))),
                        () -> {
                            awaitFirstRequest(admin, before, deadline);
                            log.accept(s.name() + ": " + label + ": the night starts (first request) at "
                                    + LocalTime.now() + ": background and naive loop start");
                            return ended(
                                    naive,
                                    naive.runThrough(
                                            proxy,
                                            arena(
                                                    s,
                                                    parts.naive(),
                                                    root.resolve("naive-loop-users.yaml"),
                                                    emulator,
                                                    dirNaive,
                                                    time.nanoTime()
                                                            + s.contenderCap().toNanos())));
                        });
                for (Future<Outcome> f : pool.invokeAll(jobs)) {
                    outcomes.add(f.get());
                }
                started = watch.startNanos();
            }
        } finally {
            pool.shutdownNow();
        }
        long end = time.nanoTime();
        CountersSnapshot counters = admin.counters();
        Map<String, String> clients = admin.tokenClients();
        StateSnapshot after = admin.exportState();
        Verdict all = Judge.judge(desired, after, counters);
        List<HostProcess> processes = List.of(
                process(
                        a.name(),
                        HOST_A,
                        HostsSplit.gcsyncBucketWrites(parts.applyA()),
                        parts.applyA(),
                        outcomes.get(0),
                        counters,
                        clients,
                        after),
                process(
                        b.name(),
                        HOST_B,
                        HostsSplit.gcsyncBucketWrites(parts.applyB()),
                        parts.applyB(),
                        outcomes.get(1),
                        counters,
                        clients,
                        after),
                process(
                        naive.name(),
                        SCRIPT,
                        HostsSplit.naiveBucketWrites(parts.naive()),
                        parts.naive(),
                        outcomes.get(2),
                        counters,
                        clients,
                        after));
        long span = started == 0 ? 0 : (end - started) / 1_000_000L;
        BackgroundCounts with = counters.background().get(OrgLoad.BUCKET);
        BackgroundCounts alone = OrgMeasuring.alone(s.policy(), background, span);
        long inBucket = OrgMeasuring.onBucket(counters, org.bucket(), false);
        double slowest =
                processes.stream().mapToDouble(HostProcess::wallSeconds).max().orElse(0);
        return new HostsRun(
                label,
                counters.requests(),
                counters.throttled(),
                inBucket,
                inBucket - OrgMeasuring.onBucket(counters, org.bucket(), true),
                writes,
                ScenarioRunner.round(bound),
                ScenarioRunner.round(slowest),
                ScenarioRunner.round(slowest / bound),
                ScenarioRunner.round(span / 1000.0),
                with == null ? 0 : with.requests(),
                with == null ? 0 : with.throttled(),
                alone.throttled(),
                ScenarioRunner.round(span / 1000.0),
                all.usersConverged(),
                all.usersToChange(),
                all.queuesConverged(),
                all.queuesToChange(),
                all.appliedTwice(),
                processes);
    }

    /** Logs a process's end (wall clock, for reading beside its own log) and passes its outcome on. */
    private Outcome ended(Contender c, Outcome o) {
        log.accept(String.format(
                "  %s ended at %s after %.1f s (%s)", c.name(), LocalTime.now(), o.wallSeconds(), o.note()));
        return o;
    }

    private Arena arena(Scenario s, Desired part, Path file, Emulator emulator, Path dir, long deadline) {
        return new Arena(
                s,
                part,
                file,
                emulator.baseUrl(),
                emulator.admin(),
                dir,
                time,
                new SplittableRandom(s.seed() + 1),
                deadline);
    }

    /** Until the server has seen a request after {@code before} (the night has begun), or the deadline. */
    private void awaitFirstRequest(Admin admin, long before, long deadline) throws InterruptedException {
        while (admin.counters().requests() == before && time.nanoTime() - deadline < 0) {
            time.await(POLL_NANOS);
        }
    }

    private static HostProcess process(
            String name,
            OAuthClient client,
            long bucketWrites,
            Desired part,
            Outcome outcome,
            CountersSnapshot counters,
            Map<String, String> clients,
            StateSnapshot after) {
        Verdict v = Judge.judge(part, after, counters);
        return new HostProcess(
                name,
                client.id(),
                bucketWrites,
                ScenarioRunner.round(outcome.wallSeconds()),
                ofClient(counters.byToken(), clients, client),
                ofClient(counters.throttledByToken(), clients, client),
                v.usersConverged(),
                v.usersToChange(),
                outcome.peakRssMiB() == null ? null : ScenarioRunner.round(outcome.peakRssMiB()),
                outcome.note());
    }

    /** The sum over the tokens the client was issued. */
    static long ofClient(Map<String, Long> byToken, Map<String, String> clients, OAuthClient client) {
        return byToken.entrySet().stream()
                .filter(e -> client.id().equals(clients.get(e.getKey())))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    /**
     * The store {@code gcsync proxy --budget-store value} opens for the org at {@code api}: the CLI's own option
     * parses the value and names the org, so the proxy and the applies meet under the same keys.
     */
    static BudgetStore open(String value, URI api) {
        BudgetStoreOptions options = new BudgetStoreOptions();
        new CommandLine(options).parseArgs("--budget-store", value);
        return options.open((OrgOptions) null, Map.of(), api, "proxy");
    }
}
