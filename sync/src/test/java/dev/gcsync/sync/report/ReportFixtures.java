package dev.gcsync.sync.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Report values for tests. */
final class ReportFixtures {

    static final Instant STARTED = Instant.parse("2026-11-27T21:00:00Z");

    private ReportFixtures() {}

    static RunSummary summary(List<String> notes) {
        return new SummaryFixture().notes(notes).build();
    }

    static RunSummary summary() {
        return summary(List.of("3 group-derived memberships kept"));
    }

    static UserOutcome user(String label, UserOutcome.Status status, String changes, String error) {
        return new UserOutcome(
                "id-" + label.hashCode(), label, status, changes, "skill Billing 3", "skill Billing 4", 1, error);
    }

    static List<TimelinePoint> steadyTimeline(int seconds) {
        List<TimelinePoint> points = new ArrayList<>(seconds);
        for (int s = 0; s < seconds; s++) {
            points.add(point(s, 4 + s % 2, 0, 0, 5.0));
        }
        return points;
    }

    /** A second of a run the token bound: every request counted against the token's limit. */
    static TimelinePoint point(long second, int requests, int throttled, long pausedMillis, double allowed) {
        return new TimelinePoint(second, requests, throttled, pausedMillis, allowed, requests, allowed);
    }

    static RunReport report(List<UserOutcome> users, List<TimelinePoint> timeline) {
        return new RunReport(summary(), users, timeline);
    }
}
