package dev.gcsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Bad proxy options exit 1 with a message naming the option; nothing is started. */
class ProxyCommandTest {

    @Test
    void aNonLoopbackAddressNeedsAllowRemote() {
        Cli.Run run = Cli.run("proxy", "--region", "eu_west_1", "--listen", "0.0.0.0:8787");
        assertThat(run.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err()).contains("not a loopback address").contains("--allow-remote");
    }

    @Test
    void allowRemoteWithoutAKeyIsRefused() {
        Cli.Run run = Cli.run("proxy", "--region", "eu_west_1", "--listen", "0.0.0.0:8787", "--allow-remote");
        assertThat(run.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err()).contains("--allow-remote needs a shared key");
    }

    @Test
    void anUnknownRegionListsTheKnownOnes() {
        Cli.Run run = Cli.run("proxy", "--region", "mars_north_1");
        assertThat(run.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err()).contains("unknown region 'mars_north_1'").contains("eu_west_1");
    }

    @Test
    void aMalformedListenAddressOrHoldIsNamed() {
        assertThat(Cli.run("proxy", "--region", "eu_west_1", "--listen", "8787").err())
                .contains("HOST:PORT");
        assertThat(Cli.run("proxy", "--region", "eu_west_1", "--max-hold", "soon")
                        .err())
                .contains("not a duration");
        assertThat(Cli.run("proxy").err()).contains("give --region");
    }
}
