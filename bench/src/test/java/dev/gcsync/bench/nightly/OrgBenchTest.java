package dev.gcsync.bench.nightly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gcsync.bench.nightly.contender.Contender;
import dev.gcsync.bench.nightly.contender.GcsyncCli;
import dev.gcsync.bench.nightly.scenario.Scenarios;
import dev.gcsync.emulator.BucketRule;
import dev.gcsync.emulator.RatePolicy;
import dev.gcsync.emulator.background.BackgroundCounts;
import dev.gcsync.emulator.background.BackgroundSpec;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrgBenchTest {

    @Test
    void s5OrgRunsTheSecondNightRightAfterTheFirstAndThePoolIsSkippedUntilGcsyncHasIt() {
        List<Contender> s5 = OrgBench.contenders(Scenarios.s5Org(0.5), List.of());
        assertThat(s5)
                .extracting(Contender::name)
                .containsExactly("gcsync", "gcsync, 2nd night", "gcsync --tokens 4", "sdk-retry-8", "naive-loop");
        assertThat(s5)
                .filteredOn(Contender::quietNight)
                .extracting(Contender::name)
                .containsExactly("gcsync, 2nd night");
        assertThat(s5.get(0).skipReason()).isNull();
        boolean hasPool = GcsyncCli.org(List.of(), 4, null).skipReason() == null;
        assertThat(s5.get(2).skipReason())
                .satisfiesAnyOf(
                        r -> assertThat(hasPool).isTrue(), r -> assertThat(r).contains("no --tokens option"));
        assertThat(OrgBench.contenders(Scenarios.s1Tokens(), List.of()))
                .extracting(Contender::name)
                .containsExactly("gcsync", "gcsync --tokens 4");
    }

    @Test
    void theBackgroundAloneMeetsNoRefusalBelowTheLimitAndTheExcessAboveIt() {
        RatePolicy policy = RatePolicy.genesys()
                .withLimit(300, Duration.ofSeconds(5))
                .withBuckets(List.of(BucketRule.parse("b:POST:/api/v2/routing/queues/*/members:40:scope=org")));
        BackgroundCounts under =
                OrgMeasuring.alone(policy, BackgroundSpec.parse("bucket=b,profile=steady:0.55"), 30_000);
        assertThat(under.requests()).isEqualTo(132); // 22 per 5 s for 30 s
        assertThat(under.throttled()).isZero();
        BackgroundCounts over =
                OrgMeasuring.alone(policy, BackgroundSpec.parse("bucket=b,profile=bursts:1.5/5s"), 9_999);
        assertThat(over.requests()).isEqualTo(120); // 60 at 0 s and at 5 s
        assertThat(over.throttled()).isEqualTo(40); // 20 over 40, twice
    }

    @Test
    void theShareComesFromTheEnvironmentOrDefaultsToGcsyncsDefault() {
        assertThat(OrgBench.share(null)).isEqualTo(0.4);
        assertThat(OrgBench.share(" 0.7 ")).isEqualTo(0.7);
        assertThatThrownBy(() -> OrgBench.share("half")).hasMessageContaining("BENCH_BUDGET_SHARE");
    }
}
