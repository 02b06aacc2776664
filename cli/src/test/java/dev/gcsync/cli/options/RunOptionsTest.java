package dev.gcsync.cli.options;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.governor.GovernorConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class RunOptionsTest {
    @Command(name = "host")
    static final class Host {
        @Mixin
        RunOptions run;
    }

    private static GovernorConfig parse(String... args) {
        Host host = new Host();
        new CommandLine(host).parseArgs(args);
        return host.run.governor(GovernorConfig.defaults());
    }

    @Test
    void appliesInFlightCeilingAndDeadline() {
        GovernorConfig c = parse("--in-flight", "4", "--max-retry-after", "1m", "--deadline", "2h");
        assertThat(c.maxConcurrency()).isEqualTo(4);
        assertThat(c.retryAfterCeiling()).isEqualTo(Duration.ofMinutes(1));
        assertThat(c.deadline()).contains(Duration.ofHours(2));
    }

    @Test
    void keepsTheDefaultsWhenNothingIsGiven() {
        GovernorConfig c = parse();
        assertThat(c.maxConcurrency()).isEqualTo(8);
        assertThat(c.retryAfterCeiling()).isEqualTo(Duration.ofMinutes(5));
        assertThat(c.deadline()).isEmpty();
    }
}
