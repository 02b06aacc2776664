package dev.gcsync.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.RatePolicy;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Two processes sending one token through one proxy share one budget: neither sees a 429. */
class ProxyTwoProcessesIT {

    @Test
    void twoProcessesWithOneTokenShareOneGovernorAndSeeNo429() throws Exception {
        try (ProxyFixture f = ProxyFixture.start(EmulatorConfig.builder().users(40).seed(8)
                .policy(RatePolicy.genesys().withLimit(40, Duration.ofSeconds(1))), c -> c)) {
            List<String> ids = f.emulator.admin().exportState().users().stream().map(u -> u.id()).toList();
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), SdkLoad.class.getName(),
                    f.proxy.baseUrl().toString(), "4", "20"));
            command.addAll(ids);
            Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (OutputStream in = child.getOutputStream()) {
                in.write((f.token + "\n").getBytes(StandardCharsets.UTF_8));
            }

            SdkLoad.Outcome here = SdkLoad.run(f.proxy.baseUrl().toString(), f.token, ids, 4, 20);

            String childOut = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("child finished").isTrue();
            assertThat(child.exitValue()).as(childOut).isZero();
            assertThat(childOut).contains("ok=80 refused=0");
            assertThat(here).isEqualTo(new SdkLoad.Outcome(80, 0));
            TokenStats s = f.stats();
            assertThat(s.answered()).containsEntry(200, 160L);
            long serverSent = f.emulator.admin().counters().throttled();
            assertThat(s.absorbed()).as("every server 429 absorbed, none surfaced").isEqualTo(serverSent);
            assertThat(f.emulator.admin().counters().byToken()).as("one token, one budget").hasSize(1);
        }
    }
}
