package dev.gcsync.sync.report;

import java.nio.file.Path;
import java.util.List;

/** The files one {@link ReportWriter#write} call wrote. */
public record ReportFiles(Path summaryJson, Path usersCsv, Path reportHtml) {

    /** All three, in the order they were written ({@code summary.json} last). */
    public List<Path> all() {
        return List.of(usersCsv, reportHtml, summaryJson);
    }
}
