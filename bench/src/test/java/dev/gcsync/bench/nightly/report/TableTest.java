package dev.gcsync.bench.nightly.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.bench.nightly.scenario.Scenarios;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void theOrgTableShowsTheBackgroundBesideAloneTheFollowingWindowsAndTheSkippedRows() {
        OrgMeasures m =
                new OrgMeasures(54.24, 323L, 16L, 107.09, 0.54, 169L, 22L, 0L, 57.82, List.of(20L, 18L, 9L), 2, null);
        ContenderResult r = new ContenderResult("gcsync", 57.8, 380, 317, 29, 1.46, 1.46, 16, 300, 300, 0, 161.0, m);
        String table = Table.render(
                Scenarios.s5Org(0.5),
                39.6,
                39.6,
                List.of(new Row(r, "5/5", "apply exit 0")),
                List.of("gcsync --tokens 4: no --tokens option"));
        assertThat(table)
                .contains("| gcsync | 54.24 | 323 | 16 (5.0%) | 107.09 | 0.54 | 169 | 22 (13.0%) | 0 (0.0%)"
                        + " | 22 (13.0%) | 57.82 | 2 | – |");
        assertThat(table).contains("windows to follow 55% | windows to follow 5% |");
        assertThat(table).contains("Skipped: gcsync --tokens 4: no --tokens option");
    }

    @Test
    void rowsWithoutOrgMeasuresKeepTheMainTableOnly() {
        ContenderResult r = new ContenderResult("naive-loop", 10, 100, 90, 10, 1.1, 1.2, 0, 5, 5, 0, null);
        String table = Table.render(Scenarios.s1(), 9.2, 8.7, List.of(new Row(r, "5/5", "")), List.of());
        assertThat(table).doesNotContain("background").contains("| naive-loop | 10.0 |");
    }
}
