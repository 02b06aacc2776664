package dev.gcsync.bench.nightly.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.gcsync.emulator.BucketScope;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrgLoadTest {
    private static final Duration WINDOW = Duration.ofSeconds(5);

    @ParameterizedTest(name = "{0} writes, share {1}: busy {2} s, quiet {3} s")
    @CsvSource({
        // busy: 3 W 5 / (share (30 + 18 + 38)); quiet: W 5 / (share 38)
        "310, 0.5, 108.1395, 81.5789",
        "310, 1.0, 54.0698, 40.7895",
        "86, 0.5, 30.0, 22.6316"
    })
    void theBoundIsTheWritesOverTheShareOfWhatTheBackgroundLeaves(
            long writes, double share, double busy, double quiet) {
        OrgLoad load = new OrgLoad(40, List.of(0.25, 0.55, 0.05), 0.05, share, false);
        assertThat(load.busyBoundSeconds(writes, WINDOW)).isCloseTo(busy, within(1e-3));
        assertThat(load.quietBoundSeconds(writes, WINDOW)).isCloseTo(quiet, within(1e-3));
    }

    @Test
    void theBusyBackgroundStepsAtThirdsOfTheBoundAndTheQuietOneIsSteady() {
        OrgLoad load = new OrgLoad(40, List.of(0.25, 0.55, 0.05), 0.05, 0.5, false);
        assertThat(load.busyBackground(86, WINDOW).profile()).isEqualTo("steps:0.25@0s;0.55@10s;0.05@20s");
        assertThat(load.quietBackground().profile()).isEqualTo("steady:0.05");
        assertThat(load.bucket().scope()).isEqualTo(BucketScope.ORG);
        assertThat(load.bucket().matches("PATCH", "/api/v2/users/u/routingskills/bulk"))
                .isTrue();
        assertThat(load.bucket().matches("POST", "/api/v2/routing/queues/q/members"))
                .isTrue();
        assertThat(load.bucket().matches("POST", "/api/v2/routing/queues/q/wrapupcodes"))
                .isFalse();
    }

    @Test
    void s5OrgPutsTheBucketBesideTheTokenLimitInTheCompressedWindow() {
        Scenario s = Scenarios.s5Org(Scenarios.DEFAULT_SHARE);
        assertThat(s.policy().limit()).isEqualTo(300);
        assertThat(s.policy().bucket(OrgLoad.BUCKET).limit()).isEqualTo(40);
        assertThat(s.window()).isEqualTo(WINDOW);
        assertThat(Scenarios.named("s5-org")).contains(s);
        assertThat(Scenarios.all()).doesNotContain(s); // run apart: bench/scripts/org.sh
    }

    @Test
    void s5OrgsBucketIsUndocumentedAsGenesysLimitsAreAndTheOtherVariantListsIt() {
        assertThat(Scenarios.s5Org(0.4).policy().bucket(OrgLoad.BUCKET).undocumented())
                .isTrue();
        Scenario documented = Scenarios.s5OrgDocumented(0.4);
        assertThat(documented.policy().bucket(OrgLoad.BUCKET).undocumented()).isFalse();
        assertThat(documented.policy().bucket(OrgLoad.BUCKET).namespace()).isEqualTo("users");
        assertThat(documented.users()).isEqualTo(Scenarios.s5Org(0.4).users());
    }

    @Test
    void aShareOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> new OrgLoad(40, List.of(0.25, 0.55, 0.05), 0.05, 0, false))
                .hasMessageContaining("share in (0, 1]");
    }
}
