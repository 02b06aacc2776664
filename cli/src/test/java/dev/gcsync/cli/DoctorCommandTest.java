package dev.gcsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.emulator.Emulator;
import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.Faults;
import dev.gcsync.emulator.OAuthClient;
import dev.gcsync.emulator.RatePolicy;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DoctorCommandTest {
    private static Emulator emulator;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void start() {
        emulator = Emulator.start(EmulatorConfig.builder()
                .users(20)
                .faults(Faults.none())
                .client(OAuthClient.restricted("gcsync-restricted", "gcsync-restricted-secret"))
                .policy(RatePolicy.genesys().withLimit(300, Duration.ofSeconds(10)))
                .build());
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    private int doctor(String... args) {
        CommandLine cli = GcsyncCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 1];
        all[0] = "doctor";
        System.arraycopy(args, 0, all, 1, args.length);
        return cli.execute(all);
    }

    /** Where the detail starts: after the status, the padded name and two spaces. */
    private static int firstDetailColumn(String line) {
        int detail = line.indexOf("  ", 6);
        while (detail < line.length() && line.charAt(detail) == ' ') {
            detail++;
        }
        return detail;
    }

    private String secretFile(String secret) throws IOException {
        Path file = dir.resolve("secret");
        Files.writeString(file, secret + "\n");
        return file.toString();
    }

    @Test
    void printsTheEffectiveLimitAndThePaceOnAHealthyOrg() throws IOException {
        int code = doctor(
                "--api-url",
                emulator.baseUrl(),
                "--login-url",
                emulator.baseUrl(),
                "--client-id",
                EmulatorConfig.DEFAULT_CLIENT_ID,
                "--client-secret-file",
                secretFile(EmulatorConfig.DEFAULT_CLIENT_SECRET));
        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString())
                .contains("ok    credentials", "ok    read users", "ok    read queue members")
                .containsPattern("client\\.credentials\\.token\\.rate\\.per\\.minute\\s+1800\\n")
                .contains("pacing: starts at 30.0 requests/s per token (1800/min)")
                .containsPattern("ok    permission routing:skill:assign +all 4 divisions, to change users' skills\n")
                .containsPattern(
                        "ok    permission routing:queueMember:manage +all 4 divisions, to add users to queues and"
                                + " remove them \\(or routing:queue:edit\\)\n")
                .doesNotContain("FAIL");
    }

    @Test
    void listsThePermissionsARestrictedClientHasAndLacks() throws IOException {
        int code = doctor(
                "--api-url",
                emulator.baseUrl(),
                "--login-url",
                emulator.baseUrl(),
                "--client-id",
                "gcsync-restricted",
                "--client-secret-file",
                secretFile("gcsync-restricted-secret"));
        assertThat(code).isEqualTo(ExitCodes.FAILURE);
        assertThat(out.toString())
                .contains("ok    read users")
                .containsPattern(
                        "ok    permission directory:user:view +only in 2 of 4 divisions \\(Home, EMEA|EMEA, Home")
                .containsPattern("FAIL  permission routing:skill:assign +MISSING: needed to change users' skills; add"
                        + " it to a role of the OAuth client")
                .containsPattern("ok    permission routing:queueMember:manage +only in 2 of 4 divisions");
        assertThat(err.toString())
                .contains("2 checks failed (FAIL above): permission routing:skill:assign,"
                        + " permission routing:queue:edit")
                .doesNotContain("MISSING");
        List<Integer> detailColumns = out.toString()
                .lines()
                .filter(l -> l.startsWith("ok ") || l.startsWith("FAIL"))
                .map(DoctorCommandTest::firstDetailColumn)
                .distinct()
                .toList();
        assertThat(detailColumns)
                .as("every check's detail starts in one column")
                .hasSize(1);
    }

    @Test
    void failsWithBadCredentialsWhenTheSecretIsWrong() throws IOException {
        int code = doctor(
                "--api-url",
                emulator.baseUrl(),
                "--login-url",
                emulator.baseUrl(),
                "--client-id",
                EmulatorConfig.DEFAULT_CLIENT_ID,
                "--client-secret-file",
                secretFile("not-the-secret"));
        assertThat(code).isEqualTo(ExitCodes.FAILURE);
        assertThat(out.toString())
                .containsPattern("FAIL  credentials +bad credentials")
                .contains("refused client id 'gcsync-demo'")
                .doesNotContain("read users")
                .doesNotContain("not-the-secret");
        assertThat(err.toString())
                .as("the failure is printed once, above; stderr names it")
                .isEqualTo("gcsync doctor: 1 check failed (FAIL above): credentials" + System.lineSeparator());
    }

    @Test
    void namesTheKnownRegionsWhenTheRegionIsUnknown() throws IOException {
        int code = doctor("--region", "mars_north_1", "--client-id", "x", "--client-secret-file", secretFile("s"));
        assertThat(code).isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString()).contains("unknown region 'mars_north_1'", "eu_west_1");
    }

    @Test
    void saysTheLoginHostIsUnreachableWhenNothingListens() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port;
        int code = doctor(
                "--api-url", url, "--login-url", url, "--client-id", "x", "--client-secret-file", secretFile("s"));
        assertThat(code).isEqualTo(ExitCodes.FAILURE);
        assertThat(out.toString()).contains("cannot reach the login host 127.0.0.1");
        assertThat(err.toString()).contains("1 check failed (FAIL above): credentials");
    }

    @Test
    void refusesToRunWithoutASecret() {
        int code = doctor("--api-url", emulator.baseUrl(), "--login-url", emulator.baseUrl(), "--client-id", "x");
        assertThat(code).isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString())
                .contains("no OAuth client secret: set GCSYNC_CLIENT_SECRET or give --client-secret-file");
    }
}
