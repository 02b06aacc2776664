package dev.gcsync.bench.nightly.contender;

import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.OAuthClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * gcsync itself, run as users run it: {@code gcsync apply -f desired.yaml … --yes --no-progress} in a child JVM
 * (so that its peak RSS is its own). With {@code planFirst}, {@code gcsync plan} runs first and its time is
 * reported (S4). When apply stops with exit 3 (the daily limit of S3), the harness lifts the limit and runs
 * {@code gcsync resume}; both parts count.
 */
public final class GcsyncCli implements Contender {
    /** gcsync's exit code for "stopped early with work pending". */
    static final int STOPPED_EARLY = 3;
    /** The name of the first night's row, whose state directory the second night reuses. */
    public static final String NAME = "gcsync";

    private final String name;
    private final List<String> jvmOptions;
    private final boolean planFirst;
    private final boolean secondNight;
    private final ApplyOptions options;
    private final OAuthClient client;
    private final String budgetStore;

    private GcsyncCli(
            String name,
            List<String> jvmOptions,
            boolean planFirst,
            boolean secondNight,
            ApplyOptions options,
            OAuthClient client,
            String budgetStore) {
        this.name = name;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.planFirst = planFirst;
        this.secondNight = secondNight;
        this.options = options;
        this.client = client;
        this.budgetStore = budgetStore;
    }

    private GcsyncCli(
            String name, List<String> jvmOptions, boolean planFirst, boolean secondNight, ApplyOptions options) {
        this(
                name,
                jvmOptions,
                planFirst,
                secondNight,
                options,
                OAuthClient.fullAdmin(EmulatorConfig.DEFAULT_CLIENT_ID, EmulatorConfig.DEFAULT_CLIENT_SECRET),
                null);
    }

    /** gcsync with a state directory of its own; with {@code planFirst}, {@code gcsync plan} runs first (S4). */
    public GcsyncCli(List<String> jvmOptions, boolean planFirst) {
        this(NAME, jvmOptions, planFirst, false, ApplyOptions.NONE);
    }

    /**
     * gcsync in an org scenario: a pool of {@code tokens} tokens ({@code --tokens N} when N > 1) and
     * {@code --budget-share share} when this build has the option (else its own default, said in the note).
     * One token keeps the name {@link #NAME} (the second night reuses its state directory).
     */
    public static GcsyncCli org(List<String> jvmOptions, int tokens, Double share) {
        return new GcsyncCli(
                tokens == 1 ? NAME : NAME + " --tokens " + tokens,
                jvmOptions,
                false,
                false,
                new ApplyOptions(tokens, share));
    }

    /**
     * "gcsync, 2nd night": the org restored to the same initial state, gcsync run again with the first night's
     * state directory, so that it starts from whatever the first night left there (learned rate limits).
     * Must run after the {@link #NAME} row of the same scenario.
     */
    public static GcsyncCli secondNight(List<String> jvmOptions) {
        return new GcsyncCli(NAME + ", 2nd night", jvmOptions, false, true, ApplyOptions.NONE);
    }

    /**
     * One of several gcsync processes on one org (s6-hosts): one token of its own OAuth client, {@code share} as
     * {@code --budget-share}, and {@code --budget-store budgetStore} (null: none, the process's own budget).
     */
    public static GcsyncCli host(
            String name, List<String> jvmOptions, OAuthClient client, Double share, String budgetStore) {
        return new GcsyncCli(name, jvmOptions, false, false, new ApplyOptions(1, share), client, budgetStore);
    }

    /** The second night of an org scenario: one token, the same share, the background quiet. */
    public static GcsyncCli quietSecondNight(List<String> jvmOptions, Double share) {
        return new GcsyncCli(NAME + ", 2nd night", jvmOptions, false, true, new ApplyOptions(1, share));
    }

    @Override
    public String skipReason() {
        return options.tokens() > 1 && !ApplyOptions.applyHas("--tokens")
                ? "gcsync apply has no --tokens option in this build (issue 15 item 5 adds it)"
                : null;
    }

    @Override
    public boolean quietNight() {
        return secondNight && options != ApplyOptions.NONE;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean stopsAtDailyLimit() {
        return true;
    }

    @Override
    public Outcome run(Arena arena) throws Exception {
        Path dir = arena.workDir();
        Path secret = dir.resolve("client-secret");
        Files.writeString(secret, client.secret());
        List<String> notes = new ArrayList<>();
        Path desired = arena.desiredFile();
        double peak = 0;
        long planStart = 0;
        if (planFirst) {
            ChildRun plan = child(arena, 0, "plan.log", "plan", "-f", desired.toString());
            planStart = plan.startNanos();
            notes.add(String.format(
                    Locale.ROOT,
                    "plan %.1f s (exit %d, %.0f MiB)",
                    plan.wallSeconds(),
                    plan.exitCode(),
                    plan.peakRssMiB() == null ? 0 : plan.peakRssMiB()));
            peak = rss(plan);
            arena.admin().resetCounters();
        }
        Path state = secondNight ? dir.resolveSibling(NAME).resolve("state") : dir.resolve("state");
        if (secondNight && !Files.isDirectory(state)) {
            throw new IllegalStateException("the second night needs the first night's state directory " + state
                    + "; run the " + NAME + " row first");
        }
        if (!secondNight) {
            deleteTree(state); // a first night starts from nothing, whatever an earlier benchmark run left
        }
        long excluded = planStart;
        List<String> applyArgs = new ArrayList<>(List.of(
                "apply",
                "-f",
                desired.toString(),
                "--yes",
                "--state-dir",
                state.toString(),
                "--report-dir",
                dir.resolve("report").toString()));
        applyArgs.addAll(options.args());
        if (budgetStore != null) {
            applyArgs.addAll(List.of("--budget-store", budgetStore));
        }
        String optionNote = options.note();
        if (!optionNote.isEmpty()) {
            notes.add(optionNote);
        }
        ChildRun apply = child(arena, excluded, "apply.log", applyArgs.toArray(String[]::new));
        double wall = apply.wallSeconds();
        peak = Math.max(peak, rss(apply));
        notes.add("apply exit " + apply.exitCode());
        if (apply.exitCode() == STOPPED_EARLY) {
            arena.liftDailyLimit();
            excluded += apply.startNanos();
            ChildRun resume = child(
                    arena,
                    excluded,
                    "resume.log",
                    "resume",
                    "--state-dir",
                    state.toString(),
                    "--report-dir",
                    dir.resolve("report-resume").toString());
            wall += resume.wallSeconds();
            peak = Math.max(peak, rss(resume));
            notes.add("resume exit " + resume.exitCode());
        }
        notes.add(String.format(Locale.ROOT, "JVM start excluded: process %.1f s", apply.processSeconds()));
        return new Outcome(wall, peak == 0 ? null : peak, String.join("; ", notes));
    }

    /**
     * Runs one gcsync command; {@code excludedNanos} is the JVM start time of the earlier commands of this row,
     * which the cap does not count (as the wall does not).
     */
    private ChildRun child(Arena arena, long excludedNanos, String log, String... command)
            throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of(
                "--api-url",
                arena.baseUrl(),
                "--client-id",
                client.id(),
                "--client-secret-file",
                arena.workDir().resolve("client-secret").toString()));
        if (!"plan".equals(command[0])) {
            args.add("--no-progress");
        }
        return ChildRun.run(
                jvmOptions,
                args,
                arena.workDir().resolve(log),
                arena.admin(),
                arena.time(),
                arena.deadlineNanos() + excludedNanos);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static double rss(ChildRun run) {
        return run.peakRssMiB() == null ? 0 : run.peakRssMiB();
    }
}
