package dev.gcsync.sync.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleSummaryTest {

    @Test
    void showsEveryFigureOnAlignedLines() {
        String text = ConsoleSummary.render(ReportFixtures.report(List.of(), List.of()));

        assertThat(text.lines())
                .containsExactly(
                        "gcsync run 42: FAILED",
                        "  users       1,990 changed · 10 unchanged · 1,985 converged · 3 failed · 2 pending · 0 invalid "
                                + "(of 2,000 listed)",
                        "  operations  4,000 planned · 3,990 done · 5 failed · 5 pending",
                        "  requests    4,210 sent · 12 × 429 · paused 1m 06s",
                        "  rate        3.92 req/s effective of 5.00 req/s allowed (78% of allowed)",
                        "  wall time   18m 04s (2026-11-27 21:00:00 UTC → 2026-11-27 21:18:04 UTC)",
                        "  exit code   1 (FAILED): some users failed or did not converge",
                        "  note        3 group-derived memberships kept");
    }

    /** One user, already as desired: three reads, nothing written, no allowed rate known. */
    private static SummaryFixture unchangedUser() {
        return new SummaryFixture()
                .status("CONVERGED", 0)
                .users(1, 0, 1, 0, 0, 0, 0)
                .ops(0, 0, 0, 0)
                .requests(3, 0, 0)
                .rates(0.5, 0)
                .notes(List.of());
    }

    @Test
    void instantsOnTheMinuteKeepTheirSecondsAndNanosecondsAreDropped() {
        RunSummary precise = unchangedUser()
                .times(Instant.parse("2026-12-04T13:18:00Z"), Instant.parse("2026-12-04T13:19:07.123456789Z"), 67.1)
                .build();

        assertThat(ConsoleSummary.render(precise, List.of(), 0))
                .contains("(2026-12-04 13:18:00 UTC → 2026-12-04 13:19:07 UTC)")
                .doesNotContain(".123");
    }

    @Test
    void aResumedRunSaysHowLongItWorkedAndWhatWasReplanned() {
        RunSummary s = ReportFixtures.summary();
        RunSummary resumed = new SummaryFixture()
                .status("CONVERGED", 0)
                .times(s.startedAt(), s.finishedAt(), 86_400)
                .users(3, 3, 0, 3, 0, 0, 0)
                .ops(5, 5, 0, 0)
                .requests(12, 0, 0)
                .rates(0.1, 5)
                .notes(List.of())
                .resumed(7, 2, 120)
                .build();

        assertThat(ConsoleSummary.render(resumed, List.of(), 0))
                .contains("5 planned · 5 done · 0 failed · 0 pending (7 more re-planned by resume or after a conflict)")
                .contains("; worked 2m 00s in 3 parts");
    }

    @Test
    void saysWhenTheAllowedRateIsUnknown() {
        RunSummary s = ReportFixtures.summary();
        RunSummary unknown =
                unchangedUser().times(s.startedAt(), s.finishedAt(), 42.0).build();

        String text = ConsoleSummary.render(unknown, List.of(), 5);

        assertThat(text)
                .contains("0.50 req/s effective (allowed rate unknown)")
                .contains("wall time   42.0s")
                .contains("exit code   0 (CONVERGED): every user in the desired state");
    }

    @Test
    void listsTheFirstUsersNeedingAttentionWithTheirErrors() {
        List<UserOutcome> users = List.of(
                ReportFixtures.user("ok@example.com", UserOutcome.Status.CONVERGED, "+ skill X 4", ""),
                ReportFixtures.user("ana@example.com", UserOutcome.Status.FAILED, "", "400 proficiency 7 not in 0-5"),
                ReportFixtures.user("bo@example.com", UserOutcome.Status.PENDING, "", ""),
                ReportFixtures.user("cy@example.com", UserOutcome.Status.NOT_CONVERGED, "", "read-back: skill X 3"),
                ReportFixtures.user("same@example.com", UserOutcome.Status.UNCHANGED, "", ""));

        String text = ConsoleSummary.render(ReportFixtures.summary(), users, 2);

        assertThat(text)
                .contains("Users needing attention (first 2 of 3; users.csv has all):\n"
                        + "  ana@example.com  FAILED         400 proficiency 7 not in 0-5\n"
                        + "  bo@example.com   PENDING\n");
        assertThat(text).doesNotContain("cy@example.com").doesNotContain("ok@example.com");
    }

    @Test
    void listsNoUsersWhenNoneNeedAttention() {
        String text = ConsoleSummary.render(
                ReportFixtures.summary(),
                List.of(ReportFixtures.user("ok@example.com", UserOutcome.Status.CONVERGED, "", "")),
                10);

        assertThat(text).doesNotContain("attention");
    }

    @Test
    void stripsTerminalControlSequencesFromRunData() {
        List<UserOutcome> users = List.of(ReportFixtures.user(
                "\u001b[2Jevil\u202e@example.com", UserOutcome.Status.FAILED, "", "line one\nline two\r\u001b[31mred"));

        String text = ConsoleSummary.render(ReportFixtures.summary(), users, 10);

        assertThat(text)
                .doesNotContain("\u001b")
                .doesNotContain("\u202e")
                .doesNotContain("\r")
                .contains("?[2Jevil?@example.com")
                .contains("line one?line two??[31mred");
    }

    @Test
    void refusesANegativeListLength() {
        assertThatThrownBy(() -> ConsoleSummary.render(ReportFixtures.summary(), List.of(), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxListed");
    }
}
