package dev.gcsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.cli.demo.DemoScenario;
import dev.gcsync.emulator.Emulator;
import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.RatePolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sync commands end to end: real CLI parsing, real HTTP to an emulator on loopback, real SQLite. */
class SyncCommandsIT {
    @TempDir
    Path dir;

    private Emulator emulator;
    private Path secretFile;

    @BeforeEach
    void start() throws IOException {
        emulator = Emulator.start(EmulatorConfig.builder()
                .users(200)
                .seed(3)
                .policy(RatePolicy.genesys().withLimit(100_000, Duration.ofSeconds(1)))
                .build());
        secretFile = dir.resolve("secret");
        Files.writeString(secretFile, EmulatorConfig.DEFAULT_CLIENT_SECRET + "\n");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private String[] withOrg(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(
                "--api-url",
                emulator.baseUrl(),
                "--client-id",
                EmulatorConfig.DEFAULT_CLIENT_ID,
                "--client-secret-file",
                secretFile.toString()));
        return all.toArray(String[]::new);
    }

    @Test
    void planExitsTwoWithChangesAndZeroOnceApplied() throws IOException {
        Path desired = dir.resolve("desired.yaml");
        DemoScenario.write(emulator.admin().exportState(), desired);

        Cli.Run plan = Cli.run(withOrg("plan", "-f", desired.toString(), "--show", "3"));
        assertThat(plan.exit()).as(plan.err()).isEqualTo(ExitCodes.CHANGES_PENDING);
        assertThat(plan.out())
                .contains("Plan: 200 users to change")
                .contains("+ skill")
                .contains("… and");

        Cli.Run apply = Cli.run(withOrg(
                "apply",
                "-f",
                desired.toString(),
                "--yes",
                "--state-dir",
                dir.resolve("state").toString(),
                "--report-dir",
                dir.resolve("report").toString()));
        assertThat(apply.exit()).as(apply.err()).isZero();
        assertThat(apply.out()).contains("CONVERGED");
        assertThat(dir.resolve("report/report.html")).exists();
        assertThat(dir.resolve("report/summary.json")).content().contains("\"usersConverged\" : 200");

        Cli.Run again = Cli.run(withOrg("plan", "-f", desired.toString()));
        assertThat(again.exit()).isEqualTo(ExitCodes.OK);
        assertThat(again.out()).startsWith("No changes");

        Cli.Run runs = Cli.run("runs", "--state-dir", dir.resolve("state").toString());
        assertThat(runs.out()).contains("CONVERGED");
        Cli.Run report = Cli.run(
                "report",
                "1",
                "--state-dir",
                dir.resolve("state").toString(),
                "--report-dir",
                dir.resolve("again").toString());
        assertThat(report.exit()).isZero();
        assertThat(dir.resolve("again/users.csv")).content().contains("CONVERGED");
    }

    @Test
    void applyingASavedPlanRefusesUsersChangedSinceAndAppliesTheRest() throws IOException {
        var org = emulator.admin().exportState();
        Path desired = dir.resolve("desired.yaml");
        DemoScenario.write(org, desired);
        Path saved = dir.resolve("plan.json");
        assertThat(Cli.run(withOrg("plan", "-f", desired.toString(), "-o", saved.toString()))
                        .exit())
                .isEqualTo(ExitCodes.CHANGES_PENDING);

        var changed = org.users().get(5);
        Path meddle = dir.resolve("meddle.yaml");
        Files.writeString(
                meddle,
                "users:\n  - email: " + changed.email() + "\n    languages: { \""
                        + org.languages().get(0).name() + "\": 0.5 }\n");
        assertThat(Cli.run(withOrg(
                                "apply",
                                "-f",
                                meddle.toString(),
                                "--yes",
                                "--state-dir",
                                dir.resolve("meddle-state").toString()))
                        .exit())
                .isZero();

        Cli.Run apply = Cli.run(withOrg(
                "apply",
                "--plan",
                saved.toString(),
                "--yes",
                "--state-dir",
                dir.resolve("state").toString()));

        assertThat(apply.exit()).as("a refused user is a failure").isEqualTo(ExitCodes.FAILURE);
        assertThat(apply.out())
                .contains(changed.email())
                .contains("changed in the org since the plan was made")
                .contains("199 converged");
    }

    @Test
    void aUsageErrorExitsOneNeverTwo() {
        assertThat(Cli.run("plan", "--no-such-option").exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(Cli.run("plan").exit()).as("missing -f").isEqualTo(ExitCodes.FAILURE);
    }

    @Test
    void everyProblemOfTheFilesIsReportedAtOnceBeforeAnyRequest() throws IOException {
        var org = emulator.admin().exportState();
        String known = org.users().get(0).email();
        String other = org.users().get(1).email();
        Path desired = dir.resolve("bad.yaml");
        Files.writeString(
                desired,
                String.join(
                        "\n",
                        "users:",
                        "  - email: " + known,
                        "    skills: { NoSuchSkill: 3, \"" + org.skills().get(0).name() + "\": 7 }",
                        "    languages: { Klingon: 2 }",
                        "    colour: blue",
                        "  - email: not-an-email",
                        "  - email: " + known.toUpperCase(Locale.ROOT),
                        "  - email: " + other,
                        "    skills: { \"" + org.skills().get(0).name() + "\": lots }",
                        ""));

        Cli.Run apply = Cli.run(withOrg(
                "apply",
                "-f",
                desired.toString(),
                "--yes",
                "--state-dir",
                dir.resolve("state").toString()));

        assertThat(apply.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(apply.err())
                .contains("nothing was written")
                .contains("no request was sent")
                .contains("bad.yaml:2:5: email \"" + known + "\": the user is listed twice (also at line 7)")
                .contains("bad.yaml:3")
                .contains("proficiency is outside 0–5")
                .contains("bad.yaml:5")
                .contains("unknown key")
                .contains("bad.yaml:6")
                .contains("malformed email")
                .contains("bad.yaml:7:5: email \"" + known.toUpperCase(Locale.ROOT)
                        + "\": the user is listed twice (also at line 2)")
                .contains("bad.yaml:9")
                .contains("proficiency is not a number");
        assertThat(emulator.admin().counters().requests())
                .as("a bad file costs no request")
                .isZero();
    }

    @Test
    void everyNameTheOrgDoesNotKnowIsReportedAtOnceAndNothingIsWritten() throws IOException {
        var org = emulator.admin().exportState();
        String known = org.users().get(0).email();
        Path desired = dir.resolve("names.yaml");
        Files.writeString(
                desired,
                String.join(
                        "\n",
                        "users:",
                        "  - email: " + known,
                        "    skills: { NoSuchSkill: 3 }",
                        "    languages: { Klingon: 2 }",
                        "    queues: [ No Such Queue ]",
                        "    manager: nobody.at.all@example.com",
                        "  - email: ghost@example.com",
                        "  - username: " + org.users().get(0).username(),
                        "queues:",
                        "  - name: " + org.queues().get(0).name(),
                        "    wrapupCodes: [ No Such Code ]",
                        ""));

        Cli.Run apply = Cli.run(withOrg(
                "apply",
                "-f",
                desired.toString(),
                "--yes",
                "--state-dir",
                dir.resolve("state").toString()));

        assertThat(apply.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(apply.err())
                .contains("nothing was written")
                .contains("names.yaml:3")
                .contains("unknown skill")
                .contains("names.yaml:4")
                .contains("unknown language")
                .contains("names.yaml:5")
                .contains("unknown queue")
                .contains("names.yaml:6")
                .contains("manager")
                .contains("names.yaml:7")
                .contains("no such user")
                .contains("names.yaml:2:5: email \"" + known + "\": the user is listed twice (also at line 8)")
                .contains("names.yaml:8:5: username \"" + org.users().get(0).username()
                        + "\": the user is listed twice (also at line 2)")
                .contains("names.yaml:11")
                .contains("unknown wrap-up code");
        assertThat(emulator.admin().counters().writes()).as("zero API writes").isEmpty();
    }

    @Test
    void skipInvalidAppliesTheValidUsersAndReportsTheRest() throws IOException {
        var org = emulator.admin().exportState();
        Path desired = dir.resolve("mixed.yaml");
        Files.writeString(
                desired,
                "users:\n"
                        + "  - email: " + org.users().get(0).email() + "\n    skills: { \""
                        + org.skills().get(1).name() + "\": 1.5 }\n"
                        + "  - email: ghost@example.com\n    skills: { \""
                        + org.skills().get(1).name() + "\": 1.5 }\n");

        Cli.Run apply = Cli.run(withOrg(
                "apply",
                "-f",
                desired.toString(),
                "--yes",
                "--skip-invalid",
                "--state-dir",
                dir.resolve("state").toString()));

        assertThat(apply.exit())
                .as("--skip-invalid asked to apply the rest: nothing failed")
                .isEqualTo(ExitCodes.OK);
        assertThat(apply.err()).contains("ghost@example.com");
        assertThat(apply.out())
                .contains("gcsync run 1: CONVERGED")
                .contains("1 invalid (of 2 listed)")
                .contains("1 entry was left out");
        assertThat(emulator.admin().counters().writes())
                .containsOnlyKeys("PATCH_SKILLS " + org.users().get(0).id());
    }

    @Test
    void applyRefusesAPlanBeyondTheRemovalRailUnlessForced() throws IOException {
        var org = emulator.admin().exportState();
        var user = org.users().stream()
                .filter(u -> u.skills().size() >= 3)
                .findFirst()
                .orElseThrow();
        Path desired = dir.resolve("wipe.yaml");
        Files.writeString(desired, "users:\n  - email: " + user.email() + "\n    skills: {}\n");
        String[] apply = withOrg(
                "apply",
                "-f",
                desired.toString(),
                "--yes",
                "--mode",
                "skills=authoritative",
                "--state-dir",
                dir.resolve("state").toString());

        Cli.Run refused = Cli.run(apply);
        assertThat(refused.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(refused.err()).contains("--max-removals").contains("--force");
        assertThat(emulator.admin().counters().writes()).isEmpty();

        String[] forced =
                Stream.concat(Arrays.stream(apply), Stream.of("--force")).toArray(String[]::new);
        assertThat(Cli.run(forced).exit()).isZero();
        assertThat(emulator.admin().user(user.id()).skills()).isEmpty();
    }

    @Test
    void exportThenPlanPlansNothing() {
        Path exported = dir.resolve("current.yaml");
        Cli.Run export = Cli.run(withOrg("export", "-o", exported.toString()));
        assertThat(export.exit()).as(export.err()).isZero();

        Cli.Run plan = Cli.run(withOrg(
                "plan",
                "-f",
                exported.toString(),
                "--mode",
                "skills=authoritative",
                "--mode",
                "languages=authoritative",
                "--mode",
                "queues=authoritative",
                "--mode",
                "wrapupCodes=authoritative"));

        assertThat(plan.exit()).as(plan.out() + plan.err()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void exportToCsvThenPlanPlansNothing() {
        Path exported = dir.resolve("current.csv");
        assertThat(Cli.run(withOrg("export", "-o", exported.toString())).exit()).isZero();

        Cli.Run plan = Cli.run(withOrg(
                "plan",
                "-f",
                exported.toString(),
                "-f",
                dir.resolve("current.queues.csv").toString(),
                "--mode",
                "skills=authoritative"));

        assertThat(plan.exit()).as(plan.out() + plan.err()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void theSecretNeverReachesOutputReportsOrJournal() throws IOException {
        Path desired = dir.resolve("desired.yaml");
        DemoScenario.write(emulator.admin().exportState(), desired);
        Cli.Run apply = Cli.run(withOrg(
                "apply",
                "-f",
                desired.toString(),
                "--yes",
                "--state-dir",
                dir.resolve("state").toString(),
                "--report-dir",
                dir.resolve("report").toString()));
        Cli.Run wrong = Cli.run(
                "plan",
                "-f",
                desired.toString(),
                "--api-url",
                emulator.baseUrl(),
                "--client-id",
                EmulatorConfig.DEFAULT_CLIENT_ID,
                "--client-secret-file",
                secretFile.toString() + "x");

        String secret = EmulatorConfig.DEFAULT_CLIENT_SECRET;
        assertThat(apply.exit()).isZero();
        assertThat(apply.out() + apply.err() + wrong.out() + wrong.err()).doesNotContain(secret);
        try (var files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile)
                    .filter(f -> !f.equals(secretFile))
                    .toList()) {
                assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1))
                        .as(f.toString())
                        .doesNotContain(secret);
            }
        }
    }
}
