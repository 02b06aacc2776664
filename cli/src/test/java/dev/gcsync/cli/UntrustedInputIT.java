package dev.gcsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.emulator.Emulator;
import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.RatePolicy;
import dev.gcsync.emulator.store.Entity;
import dev.gcsync.emulator.store.QueueState;
import dev.gcsync.emulator.store.StateSnapshot;
import dev.gcsync.emulator.store.UserRecord;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, "Why" 3, 4, 6 and 7, through the real CLI against an emulator on loopback: each test first does
 * what the issue saw (a malformed row, a bad file with the org unreachable, a message naming a Java class,
 * a silent surprise) and asserts what the user now gets, and that the org is as it was.
 */
class UntrustedInputIT {
    @TempDir
    Path dir;

    private Emulator emulator;
    private StateSnapshot org;

    @BeforeEach
    void start() {
        emulator = Emulator.start(EmulatorConfig.builder()
                .users(60)
                .seed(14)
                .policy(RatePolicy.genesys().withLimit(100_000, Duration.ofSeconds(1)))
                .build());
        org = emulator.admin().exportState();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    /** {@code args} pointed at the emulator (and, for apply, a state dir under the test's folder). */
    private String[] against(String... args) throws IOException {
        String[] all = Cli.against(emulator, dir, args);
        return args[0].equals("apply") ? all : Arrays.copyOf(all, all.length - 2);
    }

    private Cli.Run run(String... args) throws IOException {
        return Cli.run(against(args));
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private static String[] with(String[] args, String... more) {
        return Stream.concat(Stream.of(args), Stream.of(more)).toArray(String[]::new);
    }

    /** A user with languages and a direct queue membership: what a short row would strip. */
    private UserRecord userWithLanguagesAndQueues() {
        return org.users().stream()
                .filter(u -> !u.languages().isEmpty() && !u.skills().isEmpty())
                .filter(u -> queuesOf(u).size() > 0)
                .findFirst()
                .orElseThrow();
    }

    private List<String> queuesOf(UserRecord u) {
        return org.queues().stream()
                .filter(q -> q.members().contains(u.id()))
                .map(QueueState::name)
                .toList();
    }

    private String name(List<Entity> catalogue, String id) {
        return catalogue.stream()
                .filter(e -> e.id().equals(id))
                .findFirst()
                .orElseThrow()
                .name();
    }

    /** The user's row as it is in the org: email, skills, languages, queues (so that it plans nothing). */
    private String row(UserRecord u) {
        String skills = u.skills().stream()
                .map(a -> name(org.skills(), a.id()) + ":" + (int) a.proficiency())
                .collect(Collectors.joining(";"));
        String languages = u.languages().stream()
                .map(a -> name(org.languages(), a.id()) + ":" + (int) a.proficiency())
                .collect(Collectors.joining(";"));
        return u.email() + "," + skills + "," + languages + "," + String.join(";", queuesOf(u));
    }

    // --- Why 3: malformed CSV rows are accepted ---

    @Test
    void why3AShortRowNoLongerStripsLanguagesAndQueuesInAuthoritativeMode() throws IOException {
        UserRecord victim = userWithLanguagesAndQueues();
        UserRecord other = org.users().stream()
                .filter(u -> !u.id().equals(victim.id()) && u.email() != null)
                .findFirst()
                .orElseThrow();
        String newSkill = org.skills().stream()
                .map(Entity::name)
                .filter(n -> other.skills().stream()
                        .noneMatch(a -> name(org.skills(), a.id()).equals(n)))
                .findFirst()
                .orElseThrow();
        Path csv = write(
                "users.csv",
                "email,skills,languages,queues\n"
                        + row(other).replaceFirst(",", "," + newSkill + ":2;") + "\n"
                        + victim.email() + ","
                        + name(org.skills(), victim.skills().get(0).id()) + ":3\n");
        String[] apply = against(
                "apply",
                "-f",
                csv.toString(),
                "--yes",
                "--mode",
                "languages=authoritative",
                "--mode",
                "queues=authoritative");

        Cli.Run refused = Cli.run(apply);

        assertThat(refused.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(refused.err())
                .contains("users.csv:3: the row has 2 cells where the header has 4 columns")
                .contains("Give every row all 4 cells")
                .contains("nothing was written");
        assertThat(emulator.admin().counters().requests())
                .as("zero requests for a bad file")
                .isZero();

        Cli.Run skipping = Cli.run(with(apply, "--skip-invalid"));

        assertThat(skipping.exit())
                .as("skipping was asked for: the valid rows converged")
                .isEqualTo(ExitCodes.OK);
        assertThat(skipping.out())
                .as("the short row is reported invalid")
                .contains("1 invalid (of 2 listed)")
                .contains("1 entry was left out");
        assertThat(emulator.admin().user(victim.id()).languages())
                .as("the short row's user keeps its languages")
                .isEqualTo(victim.languages());
        assertThat(emulator.admin().exportState().queues().stream()
                        .filter(q -> q.members().contains(victim.id()))
                        .map(QueueState::name)
                        .toList())
                .as("and its queues")
                .isEqualTo(queuesOf(victim));
        assertThat(emulator.admin().user(other.id()).skills())
                .as("the valid row is applied")
                .hasSize(other.skills().size() + 1);
    }

    @Test
    void why3ALongRowIsNeverCutShortAndSaysWhy() throws IOException {
        UserRecord u = org.users().get(0);
        String skill = org.skills().get(0).name();
        Path decimal = write("decimal.csv", "email,skills,title\n" + u.email() + "," + skill + ":3,5,Agent\n");
        Path comma = write("comma.csv", "email,title,skills\n" + u.email() + ",Agent, Night Shift," + skill + ":3\n");

        Cli.Run decimalRun = run("apply", "-f", decimal.toString(), "--yes");
        Cli.Run commaRun = run("apply", "-f", comma.toString(), "--yes");

        assertThat(decimalRun.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(decimalRun.err())
                .contains("decimal.csv:2: the row has 4 cells where the header has 3 columns")
                .contains("\"" + skill + ":3,5\" looks like a decimal comma: write 3.5");
        assertThat(commaRun.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(commaRun.err())
                .contains("comma.csv:2: the row has 4 cells where the header has 3 columns")
                .contains("\"Agent, Night Shift\" looks like one value with a comma: put it in double quotes");
        assertThat(emulator.admin().counters().writes()).isEmpty();
        assertThat(emulator.admin().user(u.id())).isEqualTo(u);
    }

    @Test
    void why3And7ASemicolonSeparatedFileIsNamedWithWhatToDo() throws IOException {
        Path csv =
                write("users.csv", "Email;Skills;Queues\n" + org.users().get(0).email() + ";Billing:3;\n");

        Cli.Run plan = run("plan", "-f", csv.toString());

        assertThat(plan.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(plan.err())
                .contains("users.csv:1: header \"Email;Skills;Queues\": the columns are separated by"
                        + " semicolons (';'), not by commas")
                .contains("Field delimiter ','")
                .doesNotContain("unknown column");
    }

    // --- Why 4: a bad file is only reported after signing in, and not at all when the org is unreachable ---

    @Test
    void why4ABadFileIsReportedEvenWhenTheOrgCannotBeReached() throws IOException {
        Path bad = write("bad.yaml", "users:\n  - email: ana@example.com\n    skills: { Billing: 9 }\n");
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        for (String command : List.of("plan", "apply")) {
            List<String> args = new ArrayList<>(List.of(
                    command,
                    "-f",
                    bad.toString(),
                    "--api-url",
                    "http://127.0.0.1:" + closedPort,
                    "--client-id",
                    "x",
                    "--client-secret-file",
                    write("secret", "s").toString()));
            if (command.equals("apply")) {
                args.addAll(List.of("--state-dir", dir.resolve("state").toString()));
            }
            Cli.Run run = Cli.run(args.toArray(String[]::new));

            assertThat(run.exit()).as(command).isEqualTo(ExitCodes.FAILURE);
            assertThat(run.err())
                    .as(command)
                    .contains("bad.yaml:3")
                    .contains("proficiency is outside 0–5")
                    .contains("no request was sent")
                    .doesNotContain("cannot reach");
        }
    }

    @Test
    void why4ABadFileCostsNoRequestWhenTheOrgIsReachable() throws IOException {
        Path bad = write("bad.csv", "email,skills\nana@example.com,Billing:x\n");

        Cli.Run plan = run("plan", "-f", bad.toString());

        assertThat(plan.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(plan.err()).contains("bad.csv:2:2: skills.Billing \"x\": proficiency is not a number");
        assertThat(emulator.admin().counters().requests()).isZero();
    }

    @Test
    void why4ValidateChecksFilesOfflineWithoutCredentials() throws IOException {
        Path good = write("good.csv", "email,skills,languages\nana@example.com,Billing:3.5,\n");
        Path bad = write("bad.csv", "email,skills,languages\nana@example.com,Billing:3,5,English:4\nbob@example,,\n");

        Cli.Run valid = Cli.run("validate", "-f", good.toString());
        Cli.Run invalid = Cli.run("validate", "-f", bad.toString(), "--mode", "skills=authoritative");

        assertThat(valid.exit()).as(valid.out() + valid.err()).isZero();
        assertThat(valid.out()).contains("valid: 1 user, 0 queues");
        assertThat(invalid.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(invalid.out().lines().toList())
                .contains(
                        bad
                                + ":2: the row has 4 cells where the header has 3 columns. \"Billing:3,5\" looks like a decimal"
                                + " comma: write 3.5 (gcsync reads proficiencies with a decimal point). The row was not read",
                        bad + ":3:1: email \"bob@example\": malformed email address. Write it as name@domain, e.g."
                                + " ana.silva@example.com");
        assertThat(invalid.out()).contains("2 problems in " + bad);
    }

    // --- Why 6: Java internals in messages ---

    @Test
    void why6TheSameBinaryBytesSayTheSameThingAsYamlAndCsv() throws IOException {
        byte[] bytes = {'P', 'K', 3, 4, (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '\n', 0};
        Files.write(dir.resolve("desired.yaml"), bytes);
        Files.write(dir.resolve("desired.csv"), bytes);

        Cli.Run yaml = run("plan", "-f", dir.resolve("desired.yaml").toString());
        Cli.Run csv = run("plan", "-f", dir.resolve("desired.csv").toString());

        assertThat(yaml.err()).contains("desired.yaml:1: the file is not UTF-8 text. Save it as UTF-8");
        assertThat(csv.err()).contains("desired.csv:1: the file is not UTF-8 text. Save it as UTF-8");
        assertThat(yaml.err() + csv.err()).doesNotContain("Exception").doesNotContain("java.");
    }

    @Test
    void why6BadIndentationIsAPlainSentenceAtItsLine() throws IOException {
        Path yaml = write(
                "desired.yaml",
                "users:\n  - email: ana@example.com\n    skills: { Billing: 3 }\n" + "   languages: { English: 4 }\n");

        Cli.Run plan = run("plan", "-f", yaml.toString());

        assertThat(plan.err())
                .contains("desired.yaml:4:")
                .contains("this line is not indented like the lines of its block")
                .doesNotContain("while parsing")
                .doesNotContain("<block end>")
                .doesNotContain("Exception");
    }

    @Test
    void why6TheSecretFileSaysWhatFileWhatIsWrongAndWhatToDo() throws IOException {
        Path desired =
                write("desired.yaml", "users:\n  - email: " + org.users().get(0).email() + "\n");
        Path missing = dir.resolve("no-such-secret");

        Cli.Run absent = Cli.run(
                "plan",
                "-f",
                desired.toString(),
                "--api-url",
                emulator.baseUrl(),
                "--client-id",
                "x",
                "--client-secret-file",
                missing.toString());
        Cli.Run folder = Cli.run(
                "plan",
                "-f",
                desired.toString(),
                "--api-url",
                emulator.baseUrl(),
                "--client-id",
                "x",
                "--client-secret-file",
                dir.toString());
        Cli.Run empty = Cli.run(
                "plan",
                "-f",
                desired.toString(),
                "--api-url",
                emulator.baseUrl(),
                "--client-id",
                "x",
                "--client-secret-file",
                write("empty", "\n").toString());

        assertThat(absent.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(absent.err())
                .contains(
                        "the client secret file " + missing + " (--client-secret-file) does not"
                                + " exist: give the path of the file that holds the OAuth client secret, or set GCSYNC_CLIENT_SECRET");
        assertThat(folder.err())
                .contains("the client secret file " + dir + " (--client-secret-file) is a folder," + " not a file");
        assertThat(empty.err()).contains("is empty: put the OAuth client's secret in it");
        assertThat(absent.err() + folder.err() + empty.err()).doesNotContain("Exception");
    }

    @Test
    void why6AnApiUrlWithoutASchemeSaysWhichSchemeToAdd() throws IOException {
        Path desired = write("desired.yaml", "users:\n  - email: a@example.com\n");

        Cli.Run plan = Cli.run("plan", "-f", desired.toString(), "--api-url", "127.0.0.1:18080", "--client-id", "x");

        assertThat(plan.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(plan.err())
                .contains("'127.0.0.1:18080' needs a scheme, e.g. http://127.0.0.1:18080")
                .doesNotContain("URISyntaxException")
                .doesNotContain("Exception");
    }

    @Test
    void why6AReportFolderThatIsAFileAndAPlanThatIsNotAPlanAreSaidInWords() throws IOException {
        UserRecord u = org.users().get(0);
        Path desired = write("desired.yaml", "users:\n  - email: " + u.email() + "\n    title: Night Lead\n");
        Path notAFolder = write("report", "a file");

        Cli.Run report = run("apply", "-f", desired.toString(), "--yes", "--report-dir", notAFolder.toString());
        Cli.Run plan = run("apply", "--plan", desired.toString(), "--yes");
        Cli.Run stateDir = Cli.run(
                "apply",
                "-f",
                desired.toString(),
                "--yes",
                "--api-url",
                emulator.baseUrl(),
                "--client-id",
                EmulatorConfig.DEFAULT_CLIENT_ID,
                "--client-secret-file",
                dir.resolve("secret").toString(),
                "--state-dir",
                notAFolder.toString());

        assertThat(report.err())
                .contains("cannot write the report to " + notAFolder + ": " + notAFolder
                        + " already exists and is not a folder");
        assertThat(plan.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(plan.err()).contains("the plan " + desired + " is not a plan saved by 'gcsync plan -o' (line 1)");
        assertThat(stateDir.err())
                .contains("cannot use the state directory " + notAFolder + ": it already exists"
                        + " and is not a folder");
        assertThat(report.err() + plan.err() + stateDir.err())
                .doesNotContain("Exception")
                .doesNotContain("[Source:");
    }

    // --- Why 7: silent surprises ---

    @Test
    void why7RemovingASkillFromAnExportSaysItIsKeptAndWhichModeRemovesIt() throws IOException {
        Path exported = dir.resolve("current.yaml");
        assertThat(run("export", "-o", exported.toString()).exit()).isZero();
        UserRecord u = org.users().stream()
                .filter(x -> x.skills().size() >= 2)
                .findFirst()
                .orElseThrow();
        String dropped = name(org.skills(), u.skills().get(0).id());
        String text = Files.readString(exported);
        assertThat(text)
                .startsWith("# Exported by gcsync. Every facet is additive")
                .contains("defaults:\n  skills: additive\n  languages: additive\n  queues: additive\n"
                        + "  wrapupCodes: additive");
        String edited = dropSkill(text, u.email(), dropped);
        Files.writeString(exported, edited);

        Cli.Run additive = run("plan", "-f", exported.toString());
        Cli.Run authoritative = run("plan", "-f", exported.toString(), "--mode", "skills=authoritative");

        assertThat(additive.exit()).as(additive.out() + additive.err()).isEqualTo(ExitCodes.OK);
        assertThat(additive.out())
                .contains("Kept: 1 skill assignment on 1 user is not in the file and is kept"
                        + " (additive mode); use --mode skills=authoritative to remove them.");
        assertThat(authoritative.exit()).isEqualTo(ExitCodes.CHANGES_PENDING);
        assertThat(authoritative.out()).contains("- skill " + dropped).doesNotContain("Kept: ");
    }

    /** The exported YAML without one skill line of one user's flow mapping or block. */
    private static String dropSkill(String yaml, String email, String skill) {
        List<String> lines = new ArrayList<>(yaml.lines().toList());
        int at = lines.indexOf(lines.stream()
                .filter(l -> l.endsWith("email: " + email))
                .findFirst()
                .orElseThrow());
        for (int i = at + 1; i < lines.size() && !lines.get(i).startsWith("- "); i++) {
            String trimmed = lines.get(i).trim();
            if (trimmed.startsWith(skill + ":") || trimmed.startsWith("\"" + skill + "\":")) {
                lines.remove(i);
                return String.join("\n", lines) + "\n";
            }
        }
        throw new AssertionError("no skill " + skill + " under " + email + " in\n" + yaml);
    }

    @Test
    void why7ExportToJsonWritesItsModes() throws IOException {
        Path exported = dir.resolve("current.json");

        assertThat(run("export", "-o", exported.toString()).exit()).isZero();

        assertThat(Files.readString(exported)).contains("\"defaults\" : {\n    \"skills\" : \"additive\",");
    }

    @Test
    void why7ContradictoryAndOutOfRangeOptionsAreRefusedWithTheReason() throws IOException {
        Path desired =
                write("desired.yaml", "users:\n  - email: " + org.users().get(0).email() + "\n    skills: {}\n");
        Map<List<String>, String> refused = Map.of(
                List.of("--region", "eu_west_1"),
                        "a region and an API URL are both given on the command line: give one",
                List.of("--max-removals", "-1"), "Invalid value for option '--max-removals': '-1' is negative",
                List.of("--max-changed-users", "-3"),
                        "Invalid value for option '--max-changed-users': '-3' is negative",
                List.of("--deadline", "0"), "Invalid value for option '--deadline': '0' is no time at all",
                List.of("--max-retry-after", "0s"),
                        "Invalid value for option '--max-retry-after': '0s' is no time at all",
                List.of("--in-flight", "0"),
                        "Invalid value for option '--in-flight': '0' is out of range: give 1 to 64");
        for (var e : refused.entrySet()) {
            List<String> args = new ArrayList<>(
                    List.of("apply", "-f", desired.toString(), "--yes", "--mode", "skills=authoritative", "--force"));
            args.addAll(e.getKey());
            Cli.Run run = run(args.toArray(String[]::new));

            assertThat(run.exit()).as(e.getKey().toString()).isEqualTo(ExitCodes.FAILURE);
            assertThat(run.err()).as(e.getKey().toString()).contains(e.getValue());
        }
        assertThat(emulator.admin().counters().requests())
                .as("refused before any request")
                .isZero();
    }

    @Test
    void why7AnEmptyManagerIsRefusedNotIgnored() throws IOException {
        UserRecord u = org.users().stream()
                .filter(x -> x.managerId() != null)
                .findFirst()
                .orElseThrow();
        Path desired = write("desired.yaml", "users:\n  - email: " + u.email() + "\n    manager: null\n");

        Cli.Run plan = run("plan", "-f", desired.toString());

        assertThat(plan.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(plan.err())
                .contains("desired.yaml:3:14: manager: an empty manager cannot be applied")
                .contains("Leave the manager key out to keep the manager");
        assertThat(emulator.admin().user(u.id()).managerId()).isEqualTo(u.managerId());
    }
}
