package dev.gcsync.sync.report;

import java.time.Instant;
import java.util.List;

/**
 * A {@link RunSummary} for tests: starts from the figures of a failed run of 2,000 users (the one docs/reports.md
 * shows) and changes only what a test names.
 */
final class SummaryFixture {
    private long runId = 42;
    private String status = "FAILED";
    private int exitCode = 1;
    private Instant startedAt = ReportFixtures.STARTED;
    private Instant finishedAt = ReportFixtures.STARTED.plusSeconds(1_084);
    private double wallSeconds = 1_084.25;
    private String target = "emulator";
    private String files = "desired.yaml";
    private int[] users = {2_000, 1_990, 10, 1_985, 3, 2, 0};
    private int[] ops = {4_000, 3_990, 5, 5};
    private long requests = 4_210;
    private long responses429 = 12;
    private double secondsPaused = 65.5;
    private double effectiveRate = 3.92;
    private double allowedRate = 5.0;
    private List<String> notes = List.of("3 group-derived memberships kept");
    private int opsReplaced;
    private int resumes;
    private double activeSeconds = 1_084.25;
    private BoundScope bound;
    private double tokenAllowedRate = 5.0;

    SummaryFixture status(String status, int exitCode) {
        this.status = status;
        this.exitCode = exitCode;
        return this;
    }

    SummaryFixture times(Instant startedAt, Instant finishedAt, double wallSeconds) {
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.wallSeconds = wallSeconds;
        this.activeSeconds = wallSeconds;
        return this;
    }

    SummaryFixture where(String target, String files) {
        this.target = target;
        this.files = files;
        return this;
    }

    /** listed, changed, unchanged, converged, failed, pending, invalid. */
    SummaryFixture users(int... counts) {
        this.users = counts.clone();
        return this;
    }

    /** planned, done, failed, pending. */
    SummaryFixture ops(int... counts) {
        this.ops = counts.clone();
        return this;
    }

    SummaryFixture requests(long requests, long responses429, double secondsPaused) {
        this.requests = requests;
        this.responses429 = responses429;
        this.secondsPaused = secondsPaused;
        return this;
    }

    SummaryFixture rates(double effectiveRate, double allowedRate) {
        this.effectiveRate = effectiveRate;
        this.allowedRate = allowedRate;
        return this;
    }

    SummaryFixture notes(List<String> notes) {
        this.notes = notes;
        return this;
    }

    SummaryFixture resumed(int opsReplaced, int resumes, double activeSeconds) {
        this.opsReplaced = opsReplaced;
        this.resumes = resumes;
        this.activeSeconds = activeSeconds;
        return this;
    }

    SummaryFixture bound(BoundScope bound, double tokenAllowedRate) {
        this.bound = bound;
        this.tokenAllowedRate = tokenAllowedRate;
        return this;
    }

    RunSummary build() {
        return new RunSummary(
                runId,
                status,
                exitCode,
                startedAt,
                finishedAt,
                wallSeconds,
                target,
                files,
                users[0],
                users[1],
                users[2],
                users[3],
                users[4],
                users[5],
                users[6],
                ops[0],
                ops[1],
                ops[2],
                ops[3],
                requests,
                responses429,
                secondsPaused,
                effectiveRate,
                allowedRate,
                notes,
                opsReplaced,
                resumes,
                activeSeconds,
                bound,
                tokenAllowedRate);
    }
}
