package dev.gcsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.cli.demo.DemoScenario;
import dev.gcsync.emulator.BucketRule;
import dev.gcsync.emulator.Emulator;
import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.RatePolicy;
import dev.gcsync.sync.report.BoundScope;
import dev.gcsync.sync.report.RunSummary;
import dev.gcsync.sync.report.SummaryJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Item 3 of issue 15, through the real CLI: a night a hidden user-writes bucket held is counted against that
 * bucket (its requests only, as the server saw them, against its limit), with the token's figures beside; a
 * night the token bound says the token's own figures.
 */
class BoundScopeReportIT {
    @TempDir
    Path dir;

    private Emulator emulator;

    @AfterEach
    void stop() {
        emulator.close();
    }

    private RunSummary apply(RatePolicy policy) throws IOException {
        emulator = Emulator.start(
                EmulatorConfig.builder().users(30).seed(8).policy(policy).build());
        Path desired = dir.resolve("desired.yaml");
        DemoScenario.write(emulator.admin().exportState(), desired);
        Cli.Run run = Cli.run(Cli.against(
                emulator,
                dir,
                "apply",
                "-f",
                desired.toString(),
                "--yes",
                "--no-progress",
                "--report-dir",
                dir.resolve("r").toString()));
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        RunSummary summary = SummaryJson.read(Files.readString(dir.resolve("r/summary.json")));
        assertThat(run.out()).contains(summaryRate(summary));
        return summary;
    }

    /** The console's rate line holds the same figures as summary.json. */
    private static String summaryRate(RunSummary s) {
        return String.format(
                java.util.Locale.ROOT,
                "rate        %.2f of %.2f req/s of %s",
                s.bound().rate(),
                s.bound().allowedRate(),
                s.bound().describe());
    }

    /** Requests the server answered on user writes (PATCH/POST/PUT/DELETE under /api/v2/users/), 429s included. */
    private long serverUserWrites() {
        return emulator.admin().counters().byRouteAndStatus().entrySet().stream()
                .filter(e -> e.getKey().matches("(PATCH|POST|PUT|DELETE) /api/v2/users/.*"))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    @Test
    void aNightAHiddenBucketHeldIsCountedAgainstThatBucketWithTheTokensFiguresBeside() throws IOException {
        RunSummary s = apply(RatePolicy.genesys()
                .withLimit(300, Duration.ofSeconds(2))
                .withBuckets(List.of(BucketRule.userWrites(10))));

        BoundScope bound = s.bound();
        assertThat(emulator.admin().counters().throttled())
                .as("the bucket refused some")
                .isPositive();
        assertThat(bound.scope()).isEqualTo("family:users:write");
        assertThat(bound.families()).containsExactly("users:write");
        assertThat(bound.requests())
                .as("the bucket's requests as the server counted them, reads left out")
                .isEqualTo(serverUserWrites())
                .isLessThan(s.requests());
        assertThat(bound.allowedRate()).as("10 per 2 s at most").isPositive().isLessThanOrEqualTo(5.0);
        assertThat(s.allowedRate()).isEqualTo(bound.allowedRate());
        assertThat(s.tokenAllowedRate()).as("the token's 300 per 2 s").isEqualTo(150.0);
        assertThat(bound.rate()).isEqualTo(bound.requests() / bound.seconds());
        String html = Files.readString(dir.resolve("r/report.html"));
        assertThat(html)
                .contains("req/s of the hidden users:write bucket")
                .contains("req/s of the token&#39;s limit")
                .contains("class=\"token-allowed\"");
    }

    @Test
    void aNightTheTokenBoundSaysTheTokensOwnFigures() throws IOException {
        RunSummary s = apply(RatePolicy.genesys().withLimit(100, Duration.ofSeconds(1)));

        BoundScope bound = s.bound();
        assertThat(bound.scope()).isEqualTo("token");
        assertThat(bound.requests())
                .as("every request counts against the token")
                .isEqualTo(s.requests());
        assertThat(bound.rate()).isEqualTo(s.effectiveRate());
        assertThat(bound.allowedRate()).isEqualTo(100.0);
        assertThat(s.tokenAllowedRate()).isEqualTo(100.0);
        assertThat(Files.readString(dir.resolve("r/report.html")))
                .contains("req/s effective / allowed")
                .doesNotContain("class=\"token-allowed\"");
    }
}
