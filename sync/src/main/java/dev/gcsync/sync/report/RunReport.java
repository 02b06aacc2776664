package dev.gcsync.sync.report;

import java.util.List;

/** Everything the report files are made from; re-creatable from the journal ({@code gcsync report RUN}). */
public record RunReport(RunSummary summary, List<UserOutcome> users, List<TimelinePoint> timeline) {
    public RunReport {
        users = List.copyOf(users);
        timeline = List.copyOf(timeline);
    }
}
