package dev.gcsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.emulator.Emulator;
import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.OAuthClient;
import dev.gcsync.emulator.RatePolicy;
import dev.gcsync.emulator.store.StateSnapshot;
import dev.gcsync.emulator.store.UserRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** apply on an org that behaves like a real one: an inactive user, a client without routing:skill:assign. */
class RealOrgCommandsIT {
    @TempDir
    Path dir;

    private Emulator emulator;
    private Path secretFile;

    @BeforeEach
    void start() throws IOException {
        Set<String> perms = new HashSet<>(OAuthClient.VIEW_PERMISSIONS);
        perms.add("routing:language:assign");
        emulator = Emulator.start(EmulatorConfig.builder()
                .users(40)
                .seed(3)
                .policy(RatePolicy.unlimited())
                .client(new OAuthClient("no-skills", "no-skills-secret", null, perms, null))
                .build());
        secretFile = dir.resolve("secret");
        Files.writeString(secretFile, "no-skills-secret\n");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void applyWithoutThePermissionSaysWhichOnceAndWritesNothing() throws IOException {
        StateSnapshot s = emulator.admin().exportState();
        UserRecord off = s.users().get(0);
        emulator.admin()
                .importState(new StateSnapshot(
                        s.divisions(),
                        s.skills(),
                        s.languages(),
                        s.wrapupCodes(),
                        s.groups(),
                        s.queues(),
                        s.users().stream()
                                .map(u -> u == off ? u.withState("inactive") : u)
                                .toList()));
        StringBuilder yaml = new StringBuilder("users:\n");
        for (UserRecord u : s.users().subList(0, 4)) {
            yaml.append("  - email: ")
                    .append(u.email())
                    .append("\n    skills: { \"")
                    .append(s.skills().get(0).name())
                    .append("\": 4.5 }\n");
        }
        Path desired = dir.resolve("desired.yaml");
        Files.writeString(desired, yaml);

        Cli.Run apply = Cli.run(
                "apply",
                "-f",
                desired.toString(),
                "--yes",
                "--state-dir",
                dir.resolve("state").toString(),
                "--api-url",
                emulator.baseUrl(),
                "--client-id",
                "no-skills",
                "--client-secret-file",
                secretFile.toString());

        assertThat(apply.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(apply.err())
                .contains("Left alone (1 warning; nothing is sent for these):")
                .contains("email \"" + off.email() + "\": the user is inactive in Genesys Cloud: left unchanged")
                .contains("The desired state has 1 problem; nothing was written:\n"
                        + "  OAuth client: permission \"routing:skill:assign\": missing: 3 of the plan's requests need"
                        + " it (to change users' skills)")
                .doesNotContain("no-skills-secret");
        assertThat(emulator.admin().counters().writes()).isEmpty();
        assertThat(List.copyOf(emulator.admin().counters().byRouteAndStatus().keySet()))
                .noneMatch(k -> k.endsWith(" 403"));
    }
}
