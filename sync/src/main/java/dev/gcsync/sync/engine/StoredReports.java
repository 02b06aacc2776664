package dev.gcsync.sync.engine;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.gcsync.sync.journal.Journal;
import dev.gcsync.sync.report.RunReport;
import dev.gcsync.sync.report.RunSummary;
import dev.gcsync.sync.report.TimelinePoint;
import dev.gcsync.sync.report.UserOutcome;
import java.util.List;
import java.util.Optional;

/** A finished run's report as the journal keeps it, for {@code gcsync report RUN}. */
public final class StoredReports {
    private StoredReports() {}

    /** A run's summary alone (no users, no timeline): what {@code gcsync runs} needs. */
    public static Optional<RunSummary> summary(Journal journal, long runId) {
        return journal.document(runId, "summary").map(json -> JsonDocs.read(json, RunSummary.class));
    }

    public static Optional<RunReport> load(Journal journal, long runId) {
        Optional<RunSummary> summary = summary(journal, runId);
        if (summary.isEmpty()) {
            return Optional.empty();
        }
        List<UserOutcome> users = journal.documentBytes(runId, "users.json.gz")
                .map(b -> JsonDocs.readGzip(b, new TypeReference<List<UserOutcome>>() {}))
                .orElse(List.of());
        List<TimelinePoint> timeline = journal.documentBytes(runId, "timeline.json.gz")
                .map(b -> JsonDocs.readGzip(b, new TypeReference<List<TimelinePoint>>() {}))
                .orElse(List.of());
        return Optional.of(new RunReport(summary.get(), users, timeline));
    }
}
