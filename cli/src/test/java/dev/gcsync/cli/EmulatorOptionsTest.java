package dev.gcsync.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gcsync.emulator.BucketScope;
import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.Profile;
import dev.gcsync.emulator.RatePolicy;
import dev.gcsync.emulator.background.BackgroundSpec;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EmulatorOptionsTest {

    private static EmulatorCommand parse(String... args) {
        EmulatorCommand command = new EmulatorCommand();
        new CommandLine(command).parseArgs(args);
        return command;
    }

    @Test
    void profileOrgWithABucketOfTheSameNameBackgroundTokenRateAndNoDocumentation() {
        EmulatorCommand c = parse(
                "--profile",
                "org",
                "--window",
                "5s",
                "--bucket",
                "user-routing-writes:PUT,PATCH:/api/v2/users/*/routing:40:scope=org:align=clock",
                "--background",
                "bucket=user-routing-writes,profile=steps:0.25@0s;0.55@40s;0.05@80s",
                "--token-rate",
                "10/60s",
                "--undocumented-limits");
        RatePolicy p = c.policy.apply(Profile.ORG);
        assertThat(p.buckets())
                .extracting(b -> b.name())
                .containsExactly("queue-member-writes", "queue-writes", "user-routing-writes");
        assertThat(p.bucket("user-routing-writes").limit()).isEqualTo(40);
        assertThat(p.bucket("queue-member-writes").scope()).isEqualTo(BucketScope.ORG);
        assertThat(p.buckets()).allMatch(b -> b.undocumented());
        assertThat(p.tokenRequests()).isEqualTo(10);
        assertThat(p.tokenWindow()).isEqualTo(Duration.ofSeconds(60));
        assertThat(c.policy.background())
                .containsExactly(
                        new BackgroundSpec("user-routing-writes", "background", "steps:0.25@0s;0.55@40s;0.05@80s"));
        assertThat(EmulatorConfig.builder()
                        .policy(p)
                        .background(c.policy.background())
                        .build()
                        .background())
                .hasSize(1);
    }

    @Test
    void backgroundOnABucketThatIsNotOrgScopedIsRefusedWithTheRule() {
        EmulatorCommand c =
                parse("--bucket", "w:PATCH:/api/v2/users/:5", "--background", "bucket=w,profile=steady:0.5");
        assertThatThrownBy(() -> EmulatorConfig.builder()
                        .policy(c.policy.apply(Profile.GENESYS))
                        .background(c.policy.background())
                        .build())
                .hasMessageContaining(
                        "bucket 'w' has scope token; background traffic shares only an org-scoped" + " bucket");
    }

    @Test
    void aTokenRateWithoutANumberSaysTheForm() {
        EmulatorCommand c = parse("--token-rate", "often");
        assertThatThrownBy(() -> c.policy.apply(Profile.GENESYS)).hasMessageContaining("expected N/DURATION");
    }
}
