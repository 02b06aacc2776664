package dev.gcsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo on a small org: it converges every user, and what its summary says it sent is what the emulator counted
 * (API requests; the token requests apart), so that a reader can trust both lines.
 */
class DemoIT {
    @Test
    void theSummaryAndTheEmulatorCountTheSameRequests(@TempDir Path dir) throws Exception {
        Cli.Run r = Cli.run("demo", "--users", "60", "--dir", dir.toString(), "--no-progress");

        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("60 converged");
        int sent = number(r.out(), "requests\\s+([0-9,]+) sent");
        int counted = number(r.out(), "The emulator counted ([0-9,]+) API requests");
        assertThat(sent)
                .as("the summary's requests against the emulator's count")
                .isEqualTo(counted);
        assertThat(number(r.out(), "and ([0-9]+) token request")).isPositive();
        assertThat(Files.exists(dir.resolve("report").resolve("report.html"))).isTrue();
    }

    private static int number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as("%s in%n%s", regex, text).isTrue();
        return Integer.parseInt(m.group(1).replace(",", ""));
    }
}
