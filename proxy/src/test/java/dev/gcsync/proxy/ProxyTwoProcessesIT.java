package dev.gcsync.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import com.mypurecloud.sdk.v2.api.UsersApi;
import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.RatePolicy;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Two processes sending one token through one proxy share one budget: neither sees a 429. */
class ProxyTwoProcessesIT {

    @Test
    void twoProcessesWithOneTokenShareOneGovernorAndSeeNo429() throws Exception {
        try (ProxyFixture f = ProxyFixture.start(
                EmulatorConfig.builder()
                        .users(40)
                        .seed(8)
                        .policy(RatePolicy.genesys().withLimit(30, Duration.ofSeconds(1))),
                c -> c)) {
            List<String> ids = f.emulator.admin().exportState().users().stream()
                    .map(u -> u.id())
                    .toList();
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    SdkLoad.class.getName(),
                    f.proxy.baseUrl().toString(),
                    "4",
                    "12"));
            // the child: 4 threads of the official SDK, 12 reads each, same token; here the same
            command.addAll(ids);
            Process child =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            BufferedReader childLines =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            OutputStream toChild = child.getOutputStream();
            toChild.write((f.token + "\n").getBytes(StandardCharsets.UTF_8));
            toChild.flush();
            List<UsersApi> clients = SdkLoad.clients(f.proxy.baseUrl().toString(), f.token, 4);
            String line;
            while ((line = childLines.readLine()) != null && !line.equals("ready")) {
                // the child's start-up output (logging)
            }
            assertThat(line).as("the child built its SDK clients").isEqualTo("ready");
            toChild.write("go\n".getBytes(StandardCharsets.UTF_8)); // both processes start sending now
            toChild.close();

            SdkLoad.Outcome here = SdkLoad.run(clients, ids, 12);

            String childOut = childLines.lines().collect(Collectors.joining("\n"));
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("child finished").isTrue();
            assertThat(child.exitValue()).as(childOut).isZero();
            assertThat(childOut).contains("ok=48 refused=0");
            assertThat(here).isEqualTo(new SdkLoad.Outcome(48, 0));
            TokenStats s = f.stats();
            assertThat(s.answered()).containsEntry(200, 96L);
            long serverSent = f.emulator.admin().counters().throttled();
            assertThat(s.absorbed())
                    .as("every server 429 absorbed, none surfaced")
                    .isEqualTo(serverSent);
            assertThat(f.emulator.admin().counters().byToken())
                    .as("one token, one budget")
                    .hasSize(1);
        }
    }
}
