package dev.gcsync.sync.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

    @TempDir
    Path tmp;

    @Test
    void writesTheThreeFilesIntoADirectoryItCreates() throws Exception {
        Path dir = tmp.resolve("reports/run-42");
        RunReport report = ReportFixtures.report(
                List.of(ReportFixtures.user("ana@example.com", UserOutcome.Status.CONVERGED, "+ skill X 4", "")),
                ReportFixtures.steadyTimeline(10));

        ReportFiles files = new ReportWriter().write(report, dir);

        assertThat(files.all())
                .containsExactly(dir.resolve("users.csv"), dir.resolve("report.html"), dir.resolve("summary.json"));
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("users.csv", "report.html", "summary.json");
        }
        assertThat(SummaryJson.read(Files.readString(files.summaryJson()))).isEqualTo(report.summary());
        assertThat(Files.readString(files.usersCsv()))
                .startsWith("user,userId,status,")
                .contains("ana@example.com");
        assertThat(Files.readString(files.reportHtml())).startsWith("<!DOCTYPE html>");
    }

    @Test
    void writesPlainUtf8WithoutAByteOrderMark() throws Exception {
        ReportFiles files = new ReportWriter()
                .write(
                        ReportFixtures.report(
                                List.of(ReportFixtures.user(
                                        "zoë@example.com", UserOutcome.Status.CONVERGED, "~ skill X 3→4", "")),
                                List.of()),
                        tmp);

        byte[] csv = Files.readAllBytes(files.usersCsv());
        assertThat(csv[0]).isEqualTo((byte) 'u');
        assertThat(new String(csv, StandardCharsets.UTF_8))
                .contains("zoë@example.com")
                .contains("3→4");
    }

    @Test
    void replacesTheFilesOfAnEarlierReport() throws Exception {
        new ReportWriter()
                .write(
                        ReportFixtures.report(
                                List.of(ReportFixtures.user("old@example.com", UserOutcome.Status.FAILED, "", "x")),
                                List.of()),
                        tmp);

        ReportFiles files = new ReportWriter().write(ReportFixtures.report(List.of(), List.of()), tmp);

        assertThat(Files.readString(files.usersCsv())).doesNotContain("old@example.com");
    }
}
