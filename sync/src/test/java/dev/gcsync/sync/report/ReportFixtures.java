package dev.gcsync.sync.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Report values for tests. */
final class ReportFixtures {

    static final Instant STARTED = Instant.parse("2026-11-27T21:00:00Z");

    private ReportFixtures() {}

    static RunSummary summary(List<String> notes) {
        return new RunSummary(
                42,
                "FAILED",
                1,
                STARTED,
                STARTED.plusSeconds(1_084),
                1_084.25,
                "emulator",
                "desired.yaml",
                2_000,
                1_990,
                10,
                1_985,
                3,
                2,
                0,
                4_000,
                3_990,
                5,
                5,
                4_210,
                12,
                65.5,
                3.92,
                5.0,
                notes);
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
            points.add(new TimelinePoint(s, 4 + s % 2, 0, 0, 5.0));
        }
        return points;
    }

    static RunReport report(List<UserOutcome> users, List<TimelinePoint> timeline) {
        return new RunReport(summary(), users, timeline);
    }
}
