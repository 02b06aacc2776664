package dev.gcsync.bench.nightly;

import dev.gcsync.bench.nightly.contender.Arena;
import dev.gcsync.bench.nightly.contender.Contender;
import dev.gcsync.bench.nightly.contender.Outcome;
import dev.gcsync.bench.nightly.judge.Judge;
import dev.gcsync.bench.nightly.judge.Verdict;
import dev.gcsync.bench.nightly.report.ContenderResult;
import dev.gcsync.bench.nightly.report.OrgMeasures;
import dev.gcsync.bench.nightly.report.Row;
import dev.gcsync.bench.nightly.report.ScenarioResult;
import dev.gcsync.bench.nightly.scenario.Desired;
import dev.gcsync.bench.nightly.scenario.DesiredDocument;
import dev.gcsync.bench.nightly.scenario.DesiredGenerator;
import dev.gcsync.bench.nightly.scenario.Minimum;
import dev.gcsync.bench.nightly.scenario.Scenario;
import dev.gcsync.emulator.Emulator;
import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.admin.Admin;
import dev.gcsync.emulator.admin.CountersSnapshot;
import dev.gcsync.emulator.background.BackgroundSpec;
import dev.gcsync.emulator.store.StateSnapshot;
import dev.gcsync.governor.TimeSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Runs one scenario: starts the emulator in-process with the scenario's seed, policy and faults, makes the
 * desired state, then for each contender restores the initial org, reopens every window and zeroes the
 * counters, runs it, and judges it from the server's counters and final state.
 */
public final class ScenarioRunner {
    private final TimeSource time;
    private final Path workRoot;
    private final Consumer<String> log;
    private final boolean orgMeasures;

    public ScenarioRunner(TimeSource time, Path workRoot, Consumer<String> log) {
        this(time, workRoot, log, false);
    }

    /** With {@code orgMeasures}, every row also gets issue 15's measures ({@link OrgMeasures}). */
    public ScenarioRunner(TimeSource time, Path workRoot, Consumer<String> log, boolean orgMeasures) {
        this.time = time;
        this.workRoot = workRoot;
        this.log = log;
        this.orgMeasures = orgMeasures;
    }

    /**
     * The JSON result and the table rows of one scenario.
     *
     * @param boundSeconds      the bound of the minimum writes and reads (NaN: nothing limits)
     * @param writeBoundSeconds the bound of the minimum writes alone
     * @param skipped           contenders this build cannot run, each with the reason
     */
    public record Report(
            Scenario scenario,
            double boundSeconds,
            double writeBoundSeconds,
            ScenarioResult result,
            List<Row> rows,
            List<String> skipped) {}

    public Report run(Scenario s, List<Contender> contenders) throws Exception {
        EmulatorConfig config = EmulatorConfig.builder()
                .users(s.users())
                .seed(s.seed())
                .policy(s.policy())
                .faults(s.faults())
                .build();
        try (Emulator emulator = Emulator.start(config)) {
            Admin admin = emulator.admin();
            StateSnapshot initial = admin.exportState();
            Desired desired = DesiredGenerator.make(initial, s, new SplittableRandom(s.seed()));
            Minimum min = Minimum.of(desired);
            Path dir = Files.createDirectories(workRoot.resolve(s.name()));
            Path yaml = dir.resolve("desired.yaml");
            DesiredDocument.write(desired, yaml);
            DesiredDocument.write(desired, dir.resolve("desired.json"));
            double bound = min.boundSeconds(s.policy());
            double writeBound = min.writeBoundSeconds(s.policy());
            int dailyLimit = s.hostile() ? (int) (min.writes() / 2) : 0;
            List<ContenderResult> results = new ArrayList<>();
            List<Row> rows = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            long bucketWrites = min.userWrites() + Minimum.memberWrites(desired);
            for (Contender c : contenders) {
                String skip = c.skipReason();
                if (skip != null) {
                    log.accept(s.name() + ": " + c.name() + " skipped: " + skip);
                    skipped.add(c.name() + ": " + skip);
                    continue;
                }
                log.accept(s.name() + ": " + c.name() + " …");
                admin.setBackground(List.of());
                admin.importState(initial);
                admin.setPolicy(s.policy().withDailyLimit(dailyLimit));
                admin.setFaults(s.faults());
                admin.reset();
                Path own = Files.createDirectories(dir.resolve(c.name().replaceAll("[^A-Za-z0-9._-]+", "-")));
                Arena arena = new Arena(
                        s,
                        desired,
                        yaml,
                        emulator.baseUrl(),
                        admin,
                        own,
                        time,
                        new SplittableRandom(s.seed() + 1),
                        time.nanoTime() + s.contenderCap().toNanos());
                BackgroundSpec background = s.org() == null
                        ? null
                        : c.quietNight() ? s.org().quietBackground() : s.org().busyBackground(bucketWrites, s.window());
                Outcome outcome;
                long backgroundStart;
                List<PaceSampler.Sample> samples;
                try (BackgroundWatch watch = background == null ? null : new BackgroundWatch(admin, background, time);
                        PaceSampler pace = background == null
                                ? null
                                : new PaceSampler(admin, s.org().bucket(), time)) {
                    outcome = runJudged(c, arena, admin, dailyLimit, s);
                    backgroundStart = watch == null ? 0 : watch.startNanos();
                    samples = pace == null ? List.of() : pace.samples();
                }
                long end = time.nanoTime();
                CountersSnapshot counters = admin.counters();
                Verdict v = Judge.judge(desired, admin.exportState(), counters);
                OrgMeasures org = !orgMeasures
                        ? null
                        : OrgMeasuring.measure(
                                s,
                                c,
                                counters,
                                background,
                                backgroundStart == 0 ? 0 : (end - backgroundStart) / 1_000_000L,
                                bucketWrites,
                                outcome.wallSeconds(),
                                Pace.perWindow(
                                        samples, backgroundStart, s.window().toNanos()));
                ContenderResult r = new ContenderResult(
                        c.name(),
                        round(outcome.wallSeconds()),
                        v.requests(),
                        min.writes(),
                        min.readCount(),
                        over(outcome.wallSeconds(), bound),
                        over(outcome.wallSeconds(), writeBound),
                        v.responses429(),
                        v.usersConverged(),
                        v.usersToChange(),
                        v.appliedTwice(),
                        outcome.peakRssMiB() == null ? null : round(outcome.peakRssMiB()),
                        org);
                results.add(r);
                rows.add(new Row(r, v.queuesConverged() + "/" + v.queuesToChange(), outcome.note()));
                log.accept(s.name() + ": " + c.name() + " done in " + r.wallSeconds() + " s, " + v);
            }
            return new Report(
                    s,
                    bound,
                    writeBound,
                    new ScenarioResult(s.name(), s.timeScale(), results),
                    rows,
                    List.copyOf(skipped));
        }
    }

    private Outcome runJudged(Contender c, Arena arena, Admin admin, int dailyLimit, Scenario s) throws Exception {
        if (dailyLimit == 0 || c.stopsAtDailyLimit()) {
            return c.run(arena);
        }
        try (DailyLimitWatch watch =
                new DailyLimitWatch(admin, dailyLimit, s.window().toNanos(), time)) {
            return c.run(arena);
        }
    }

    private static Double over(double wall, double bound) {
        return Double.isNaN(bound) ? null : round(wall / bound);
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
