package dev.gcsync.sync.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a run's report files into a directory: {@code users.csv}, {@code report.html}, then
 * {@code summary.json}. Each file is written to a temporary name and moved into place, so a reader never sees
 * half a file, and {@code summary.json} appearing means the other two are complete. Stateless: safe to share.
 */
public final class ReportWriter {

    public static final String SUMMARY_JSON = "summary.json";
    public static final String USERS_CSV = "users.csv";
    public static final String REPORT_HTML = "report.html";

    /** Writes the three files into {@code dir}, creating it if missing; replaces files of an earlier call. */
    public ReportFiles write(RunReport report, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path csv = writeAtomically(dir.resolve(USERS_CSV), out -> UsersCsv.write(report.users(), out));
        Path page = writeAtomically(dir.resolve(REPORT_HTML), out -> HtmlReport.write(report, out));
        Path summary = writeAtomically(dir.resolve(SUMMARY_JSON), out -> SummaryJson.write(report.summary(), out));
        return new ReportFiles(summary, csv, page);
    }

    private interface Body {
        void writeTo(Writer out) throws IOException;
    }

    private static Path writeAtomically(Path target, Body body) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            body.writeTo(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        try {
            return Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            return Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
