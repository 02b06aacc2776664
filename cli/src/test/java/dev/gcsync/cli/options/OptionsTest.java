package dev.gcsync.cli.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gcsync.genesys.ClientSettings;
import dev.gcsync.governor.GovernorConfig;
import dev.gcsync.sync.engine.SyncOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class OptionsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"250ms, 250", "90s, 90000", "5m, 300000", "2h, 7200000", "1.5s, 1500", "1d, 86400000", "90, 90000"})
    void durationsAreReadAsPeopleWriteThem(String text, long millis) {
        assertThat(Durations.parse(text)).isEqualTo(Duration.ofMillis(millis));
    }

    @Test
    void somethingElseIsRefusedWithAnExample() {
        assertThatThrownBy(() -> Durations.parse("soon")).hasMessageContaining("e.g. 250ms, 90s, 5m, 2h");
    }

    private ConnectionOptions parse(String... args) {
        ConnectionOptions options = new ConnectionOptions();
        new CommandLine(options).parseArgs(args);
        return options;
    }

    @Test
    void aRegionAndTheSecretFromTheEnvironmentMakeTheSettings() {
        ClientSettings s = parse("--region", "eu_west_1", "--client-id", "abc")
                .settings(GovernorConfig.defaults(), Map.of("GCSYNC_CLIENT_SECRET", "s3cret"));

        assertThat(s.apiBase()).hasToString("https://api.mypurecloud.ie");
        assertThat(s.loginBase()).hasToString("https://login.mypurecloud.ie");
        assertThat(s.toString()).doesNotContain("s3cret");
    }

    @Test
    void withoutASecretItSaysWhereToPutOne() {
        assertThatThrownBy(() ->
                        parse("--region", "eu_west_1", "--client-id", "abc").settings(Map.of()))
                .hasMessageContaining("GCSYNC_CLIENT_SECRET")
                .hasMessageContaining("--client-secret-file");
    }

    @Test
    void aSettingsFileFillsWhatTheCommandLineLeavesOut() throws IOException {
        Files.writeString(dir.resolve("secret"), "from-file\n");
        Path config = dir.resolve("gcsync.yaml");
        Files.writeString(config, "region: mypurecloud.de\nclientId: from-config\nclientSecretFile: secret\n");

        ClientSettings s = parse("--config", config.toString()).settings(Map.of());

        assertThat(s.apiBase()).hasToString("https://api.mypurecloud.de");
        assertThat(s.clientId()).isEqualTo("from-config");
        assertThat(s.clientSecret().reveal()).isEqualTo("from-file");
    }

    @Test
    void aSecretInTheSettingsFileIsRefused() throws IOException {
        Path config = dir.resolve("gcsync.yaml");
        Files.writeString(config, "region: eu_west_1\nclientId: x\nclientSecret: oops\n");

        assertThatThrownBy(() -> parse("--config", config.toString()).settings(Map.of()))
                .hasMessageContaining("clientSecret does not belong in a settings file")
                .hasMessageNotContaining("oops");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "127.0.0.1:18080 | '127.0.0.1:18080' needs a scheme, e.g. http://127.0.0.1:18080",
                "localhost:8080 | 'localhost:8080' needs a scheme, e.g. http://localhost:8080",
                "ftp://example.com | 'ftp://example.com' must start with http:// or https://",
                "http://:8080 | 'http://:8080' has no host",
                "http://exa mple.com | 'http://exa mple.com' is not a URL: illegal character in authority"
            })
    void aUrlThatIsNotHttpSaysHowToWriteIt(String value, String message) {
        assertThatThrownBy(() -> OptionValues.HttpUrl.parse(value)).hasMessageStartingWith(message);
    }

    @Test
    void anHttpUrlIsKeptAsGiven() {
        assertThat(OptionValues.HttpUrl.parse("http://127.0.0.1:18080")).hasToString("http://127.0.0.1:18080");
    }

    @Test
    void aRegionAndAnApiUrlTogetherAreRefusedOnTheCommandLine() {
        assertThatThrownBy(() -> parse("--region", "eu_west_1", "--api-url", "http://127.0.0.1:1", "--client-id", "x")
                        .settings(Map.of("GCSYNC_CLIENT_SECRET", "s")))
                .hasMessageContaining("a region and an API URL are both given on the command line: give one");
    }

    @Test
    void aRegionAndAnApiUrlTogetherAreRefusedInTheSettingsFile() throws IOException {
        Path config = dir.resolve("gcsync.yaml");
        Files.writeString(config, "region: eu_west_1\napiUrl: http://127.0.0.1:1\nclientId: x\n");

        assertThatThrownBy(() -> parse("--config", config.toString()).settings(Map.of("GCSYNC_CLIENT_SECRET", "s")))
                .hasMessageContaining("a region and an API URL are both given in " + config);
    }

    @Test
    void theCommandLineNamesTheOrgWholeOverTheSettingsFile() throws IOException {
        Path config = dir.resolve("gcsync.yaml");
        Files.writeString(config, "region: eu_west_1\nclientId: x\n");

        ClientSettings s = parse("--config", config.toString(), "--api-url", "http://127.0.0.1:9")
                .settings(Map.of("GCSYNC_CLIENT_SECRET", "s"));

        assertThat(s.apiBase()).hasToString("http://127.0.0.1:9");
        assertThat(s.loginBase()).hasToString("http://127.0.0.1:9");
    }

    @Test
    void aLoginUrlWithoutAnApiUrlIsRefused() {
        assertThatThrownBy(() -> parse("--login-url", "http://127.0.0.1:1", "--client-id", "x")
                        .settings(Map.of("GCSYNC_CLIENT_SECRET", "s")))
                .hasMessageContaining("give --api-url too");
    }

    @Test
    void aBadUrlInTheSettingsFileNamesTheFileAndTheKey() throws IOException {
        Path config = dir.resolve("gcsync.yaml");
        Files.writeString(config, "apiUrl: 127.0.0.1:8080\nclientId: x\n");

        assertThatThrownBy(() -> parse("--config", config.toString()).settings(Map.of("GCSYNC_CLIENT_SECRET", "s")))
                .hasMessage(config + ": apiUrl '127.0.0.1:8080' needs a scheme, e.g. http://127.0.0.1:8080");
    }

    @Test
    void aSettingsFileThatIsNotYamlSaysWhereInPlainWords() throws IOException {
        Path config = dir.resolve("gcsync.yaml");
        Files.writeString(config, "region: eu_west_1\n  clientId: x\n");

        assertThatThrownBy(() -> parse("--config", config.toString()).settings(Map.of()))
                .hasMessageStartingWith("the settings file " + config + ":2:")
                .hasMessageNotContaining("Exception")
                .hasMessageNotContaining("mapping values");
    }

    @ParameterizedTest
    @CsvSource({"--deadline, 0", "--deadline, 0s", "--max-retry-after, 0ms", "--in-flight, 0", "--in-flight, 65"})
    void outOfRangeRunOptionsAreUsageErrors(String option, String value) {
        assertThatThrownBy(() -> new CommandLine(new RunOptions()).parseArgs(option, value))
                .isInstanceOf(CommandLine.ParameterException.class)
                .hasMessageContaining("'" + value + "'");
    }

    @ParameterizedTest
    @CsvSource({"--max-removals, -1", "--max-changed-users, -5", "--max-removals, many"})
    void railsAreZeroOrMore(String option, String value) {
        assertThatThrownBy(() -> new CommandLine(new SafetyRailOptions()).parseArgs(option, value))
                .isInstanceOf(CommandLine.ParameterException.class)
                .hasMessageContaining("give 0 or more");
    }

    @Test
    void railsLeftOutKeepTheirDefaults() {
        SafetyRailOptions rails = new SafetyRailOptions();
        new CommandLine(rails).parseArgs("--max-removals", "0");

        SyncOptions base = SyncOptions.defaults().withInFlight(3).withMaxChangedUsers(7);
        SyncOptions options = rails.applyTo(base);

        assertThat(options.maxRemovals()).isZero();
        assertThat(options.maxChangedUsers()).as("not given: the base's").isEqualTo(7);
        assertThat(options.inFlight()).isEqualTo(3);
        assertThat(options.force()).isFalse();
        assertThat(rails.applyTo(SyncOptions.defaults()).maxChangedUsers())
                .as("none given: no limit")
                .isEqualTo(SyncOptions.NO_USER_LIMIT);
    }
}
