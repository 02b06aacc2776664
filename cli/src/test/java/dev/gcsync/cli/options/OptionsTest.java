package dev.gcsync.cli.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gcsync.genesys.ClientSettings;
import dev.gcsync.governor.GovernorConfig;
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
        assertThatThrownBy(() -> parse("--region", "eu_west_1", "--client-id", "abc").settings(Map.of()))
                .hasMessageContaining("GCSYNC_CLIENT_SECRET").hasMessageContaining("--client-secret-file");
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
}
