package dev.gcsync.cli.demo;

import dev.gcsync.cli.emulator.LatencyConverter;
import dev.gcsync.cli.options.Durations;
import dev.gcsync.cli.options.RunOptions;
import dev.gcsync.cli.sync.RunDriver;
import dev.gcsync.cli.sync.SyncContext;
import dev.gcsync.emulator.Emulator;
import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.Faults;
import dev.gcsync.emulator.Latency;
import dev.gcsync.emulator.RatePolicy;
import dev.gcsync.emulator.admin.CountersSnapshot;
import dev.gcsync.genesys.ClientSettings;
import dev.gcsync.genesys.Secret;
import dev.gcsync.governor.GovernorConfig;
import dev.gcsync.sync.desired.DesiredStateReader;
import dev.gcsync.sync.engine.Prepared;
import dev.gcsync.sync.engine.SyncOptions;
import dev.gcsync.sync.plan.PlanPrinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gcsync demo}: the whole value in one command, offline. Starts the emulator with 2,000 users and
 * a compressed rate-limit window, writes a desired state that changes every user, then plans, applies
 * with the progress bar, verifies, reports, and shows what the server counted.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Runs a complete sync against the embedded emulator: 2,000 users, every one changed,"
                    + " under Genesys' 300-requests-per-window limit with the window compressed so it takes about a"
                    + " minute. Writes the desired state, the journal and report.html under --dir."
        },
        footer = {
            "",
            "Example:",
            "  gcsync demo --users 500 --dir /tmp/gcsync-demo",
            "",
            "Exit codes: 0 converged, 1 failures, 3 stopped early (Ctrl-C)."
        })
public final class DemoCommand implements Callable<Integer> {
    @Option(
            names = "--users",
            paramLabel = "N",
            defaultValue = "2000",
            description = "Users in the emulated org (default ${DEFAULT-VALUE}).")
    int users;

    @Option(
            names = "--rate",
            paramLabel = "N",
            defaultValue = "300",
            description = "Requests per window per token (default ${DEFAULT-VALUE}, Genesys' limit).")
    int rate;

    @Option(
            names = "--window",
            paramLabel = "DURATION",
            defaultValue = "6s",
            converter = Durations.class,
            description = "The rate-limit window (Genesys: 60s; default ${DEFAULT-VALUE}, 10× compressed).")
    Duration window;

    @Option(
            names = "--latency",
            paramLabel = "MIN-MAX",
            defaultValue = "20ms-60ms",
            converter = LatencyConverter.class,
            description = "Emulated response time (default ${DEFAULT-VALUE}).")
    Latency latency;

    @Option(
            names = "--dir",
            paramLabel = "DIR",
            defaultValue = "gcsync-demo",
            description = "Where the demo writes (default ${DEFAULT-VALUE}).")
    Path dir;

    @Option(
            names = "--in-flight",
            paramLabel = "N",
            defaultValue = "8",
            description = "Requests in flight (default ${DEFAULT-VALUE}).")
    int inFlight;

    @Option(names = "--no-progress", description = "No live progress bar, even on a terminal.")
    boolean noProgress;

    @Option(
            names = "--tokens",
            paramLabel = "N",
            defaultValue = "1",
            description =
                    "OAuth tokens to send through (1-20), each with its own per-token window (default ${DEFAULT-VALUE}).")
    int tokens;

    @Option(names = "--show-routes", description = "Also print the emulator's request count per route and status.")
    boolean showRoutes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        clean(dir);
        Files.createDirectories(dir);
        EmulatorConfig config = EmulatorConfig.builder()
                .port(0)
                .users(users)
                .policy(RatePolicy.genesys().withLimit(rate, window))
                .faults(Faults.none().withLatency(latency))
                .build();
        try (Emulator emulator = Emulator.start(config)) {
            out.printf(
                    Locale.ROOT,
                    "Emulated Genesys Cloud org at %s: %d users, %d requests per %ds window per token"
                            + " (Genesys: 300 per 60s; time compressed %.0f×).%n",
                    emulator.baseUrl(),
                    users,
                    rate,
                    window.toSeconds(),
                    60.0 / Math.max(1, window.toSeconds()));
            Path desired = dir.resolve("desired.yaml");
            DemoScenario.write(emulator.admin().exportState(), desired);
            out.println("Desired state: " + desired + " (every user's skills change; some queue memberships"
                    + " and wrap-up codes too).");
            out.flush();

            URI base = URI.create(emulator.baseUrl());
            ClientSettings settings = ClientSettings.forUrls(
                            base,
                            base,
                            EmulatorConfig.DEFAULT_CLIENT_ID,
                            new Secret(EmulatorConfig.DEFAULT_CLIENT_SECRET))
                    .withGovernor(GovernorConfig.defaults().withConcurrency(inFlight))
                    .withTokens(tokens);
            SyncOptions options = SyncOptions.defaults().withInFlight(inFlight);
            emulator.admin().resetCounters(); // before the client starts: its first token request is counted too
            RunOptions run = new RunOptions();
            run.stateDir = dir.resolve("state");
            SyncContext ctx = SyncContext.create(settings, options, err, Optional.of(run.stateDir));
            run.reportDir = dir.resolve("report");
            run.inFlight = inFlight;
            run.noProgress = noProgress;
            AtomicLong planned = new AtomicLong();
            int exit = RunDriver.drive(ctx, run, out, err, (journal, progress, stop) -> {
                var read = new DesiredStateReader().read(List.of(desired));
                Prepared prepared = ctx.engine.prepare(read.state(), read.problems());
                planned.set(prepared.plan().ops().size());
                out.print(PlanPrinter.totals(prepared.plan(), ctx.api.allowedRate()));
                out.flush();
                return RunDriver.Step.ran(ctx.engine.apply(prepared, journal, progress, stop));
            });
            printServerView(out, emulator.admin().counters(), planned.get());
            return exit;
        }
    }

    private void printServerView(PrintWriter out, CountersSnapshot seen, long plannedWrites) {
        long writes = seen.byRouteAndStatus().entrySet().stream()
                .filter(e -> !e.getKey().startsWith("GET ") && !e.getKey().startsWith("POST /oauth"))
                .mapToLong(Map.Entry::getValue)
                .sum();
        long tokens = seen.byRouteAndStatus().entrySet().stream()
                .filter(e -> e.getKey().startsWith("POST /oauth"))
                .mapToLong(Map.Entry::getValue)
                .sum();
        long reads = seen.requests() - writes - tokens;
        out.printf(
                Locale.ROOT,
                "The emulator counted %d API requests: %d writes for a plan of %d writes (%+d),"
                        + " %d reads to plan and to verify; and %d token request(s), %d × 429.%n",
                writes + reads,
                writes,
                plannedWrites,
                writes - plannedWrites,
                reads,
                tokens,
                seen.throttled());
        if (showRoutes) {
            new TreeMap<>(seen.byRouteAndStatus()).forEach((k, v) -> out.println("  " + k + ": " + v));
        }
        out.flush();
    }

    private static void clean(Path dir) throws IOException {
        if (!Files.exists(dir.resolve("state"))) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir.resolve("state"))) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
