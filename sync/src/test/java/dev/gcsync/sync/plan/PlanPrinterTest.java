package dev.gcsync.sync.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.sync.desired.Facet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanPrinterTest {
    private static UserPlan user(String label) {
        return new UserPlan("id-" + label, label, List.of(new Change(Change.Kind.ADD, "skill", "Billing", "", "4")));
    }

    private final Plan plan = new Plan(
            List.of(user("a@x.com"), user("b@x.com"), user("c@x.com")),
            7,
            List.of(),
            List.of(
                    new Op.SetSkills("id-a", false, Map.of("s", 4.0)),
                            new Op.SetSkills("id-b", false, Map.of("s", 4.0)),
                    new Op.SetSkills("id-c", false, Map.of("s", 4.0)), new Op.AddMembers("q", List.of("id-a"))));

    @Test
    void printsTheFirstEntitiesCountsTheRestAndEstimatesTheDuration() {
        String text = new PlanPrinter(2).render(plan, 0.5);

        assertThat(text)
                .contains("a@x.com\n  + skill Billing 4\n")
                .contains("b@x.com")
                .doesNotContain("c@x.com")
                .contains("… and 1 more users and queues")
                .contains("Plan: 3 users to change, 7 unchanged")
                .contains("Requests: 4 (3 skills, 1 queue membership); removals: 0.")
                .contains("Estimated duration at 0.50 requests/s: 8s.");
    }

    @Test
    void anUnlimitedOrgGetsNoDurationButTheRequestCount() {
        String text = new PlanPrinter(Integer.MAX_VALUE).render(plan, 1_000_000_000.0 / 60);

        assertThat(text)
                .contains("No rate limit: the estimate is the request count (4 requests).")
                .doesNotContain("Estimated duration")
                .doesNotContain("requests/s");
        assertThat(new PlanPrinter(Integer.MAX_VALUE).render(plan, 5)).contains("Estimated duration at 5 requests/s");
    }

    @Test
    void aUsersChangesComeInAStableOrderWithGroupMembershipsCountedOnOneLineAfterThem() {
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            changes.add(new Change(Change.Kind.GROUP_KEPT, "queue", "Q" + i, "", ""));
        }
        changes.add(new Change(Change.Kind.ADD, "skill", "Sales", "", "3"));
        changes.add(new Change(Change.Kind.REMOVE, "queue", "Old", "", ""));
        changes.add(new Change(Change.Kind.ADD, "skill", "Billing", "", "4"));
        List<Change> reversed = new ArrayList<>(changes);
        Collections.reverse(reversed);

        List<String> lines = PlanPrinter.lines(changes);

        assertThat(lines)
                .containsExactly(
                        "- queue Old",
                        "+ skill Billing 4",
                        "+ skill Sales 3",
                        "! 300 queues through a group (not removed: Genesys manages them through the group)");
        assertThat(PlanPrinter.lines(reversed))
                .as("the same whatever order the org answered in")
                .isEqualTo(lines);
        assertThat(PlanPrinter.lines(List.of(changes.get(0))))
                .containsExactly(changes.get(0).describe());
    }

    @Test
    void anEmptyPlanSaysSo() {
        Plan empty = new Plan(List.of(), 10, List.of(), List.of());

        assertThat(new PlanPrinter(Integer.MAX_VALUE).render(empty, 5)).startsWith("No changes: the 10 listed users");
    }

    @Test
    void whatAdditiveModeKeepsIsSaidWithTheModeThatWouldRemoveIt() {
        Plan empty = new Plan(
                List.of(),
                10,
                List.of(),
                List.of(),
                List.of(new Plan.Kept(Facet.SKILLS, 7, 5), new Plan.Kept(Facet.WRAPUP_CODES, 1, 1)));

        assertThat(new PlanPrinter(Integer.MAX_VALUE).render(empty, 5))
                .endsWith(
                        "Kept: 7 skill assignments on 5 users are not in the file and are kept (additive mode); use --mode"
                                + " skills=authoritative to remove them.\n"
                                + "Kept: 1 wrap-up code on 1 queue is not in the file and is kept (additive mode); use --mode"
                                + " wrapupCodes=authoritative (or wrapupCodes_mode: authoritative on the queue) to remove them.\n");
        assertThat(new PlanPrinter(Integer.MAX_VALUE).render(plan, 5))
                .as("nothing kept, nothing said")
                .doesNotContain("Kept");
    }

    @ParameterizedTest
    @CsvSource({"0, 0s", "999, 1s", "59000, 59s", "60000, 1m 00s", "3723000, 1h 02m 03s"})
    void durationsReadLikeAClock(long millis, String expected) {
        assertThat(PlanPrinter.human(Duration.ofMillis(millis))).isEqualTo(expected);
    }
}
