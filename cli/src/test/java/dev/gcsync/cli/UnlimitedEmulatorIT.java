package dev.gcsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.cli.demo.DemoScenario;
import dev.gcsync.cli.emulator.Banner;
import dev.gcsync.emulator.Emulator;
import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.Profile;
import dev.gcsync.emulator.RatePolicy;
import dev.gcsync.genesys.ClientSettings;
import dev.gcsync.genesys.GenesysClient;
import dev.gcsync.genesys.Secret;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The emulator's unlimited profile says "no limit" everywhere: banner, limits endpoint and gcsync's plan. */
class UnlimitedEmulatorIT {
    @TempDir
    Path dir;

    @Test
    void theBannerTheLimitsEndpointAndThePlanAgreeThatThereIsNoLimit() throws IOException {
        RatePolicy unlimited = unlimitedProfile();
        try (Emulator emulator = Emulator.start(
                EmulatorConfig.builder().users(10).seed(4).policy(unlimited).build())) {
            StringWriter banner = new StringWriter();
            Banner.print(new PrintWriter(banner, true), emulator, "unlimited");
            assertThat(banner.toString()).contains("rate limit     none");

            URI base = URI.create(emulator.baseUrl());
            GenesysClient client = GenesysClient.connect(ClientSettings.forUrls(
                    base, base, EmulatorConfig.DEFAULT_CLIENT_ID, new Secret(EmulatorConfig.DEFAULT_CLIENT_SECRET)));
            assertThat(client.readLimits().rules()).as("no documented limit").isEmpty();
            assertThat(client.readLimits().tokenRatePerMinute()).isEmpty();

            Path desired = dir.resolve("desired.yaml");
            DemoScenario.write(emulator.admin().exportState(), desired);
            Cli.Run plan = Cli.run(Cli.stateless(emulator, dir, "plan", "-f", desired.toString()));
            assertThat(plan.exit()).as(plan.err()).isEqualTo(ExitCodes.CHANGES_PENDING);
            assertThat(plan.out())
                    .contains("No rate limit: the estimate is the request count (")
                    .doesNotContain("requests/s");
        }
    }

    /** The policy 'gcsync emulator --profile unlimited' runs with. */
    private static RatePolicy unlimitedProfile() {
        EmulatorCommand command = new EmulatorCommand();
        new CommandLine(command).parseArgs("--profile", "unlimited");
        return command.policy.apply(Profile.UNLIMITED);
    }
}
