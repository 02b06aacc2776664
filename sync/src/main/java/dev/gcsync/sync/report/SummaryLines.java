package dev.gcsync.sync.report;

import dev.gcsync.sync.journal.Instants;
import java.util.ArrayList;
import java.util.List;

/** The summary of a run as labelled lines, shared by the console and the HTML page. Pure. */
final class SummaryLines {

    /** One line: a short label and its figures. */
    record Line(String label, String value) {}

    private SummaryLines() {}

    static List<Line> of(RunSummary s) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(
                "users",
                Figures.count(s.usersChanged()) + " changed · "
                        + Figures.count(s.usersUnchanged()) + " unchanged · " + Figures.count(s.usersConverged())
                        + " converged · " + Figures.count(s.usersFailed()) + " failed · "
                        + Figures.count(s.usersPending())
                        + " pending · " + Figures.count(s.usersInvalid()) + " invalid (of "
                        + Figures.count(s.usersListed()) + " listed)"));
        lines.add(new Line(
                "operations",
                Figures.count(s.opsPlanned()) + " planned · " + Figures.count(s.opsDone())
                        + " done · " + Figures.count(s.opsFailed()) + " failed · " + Figures.count(s.opsPending())
                        + " pending"
                        + (s.opsReplaced() > 0
                                ? " (" + Figures.count(s.opsReplaced())
                                        + " more re-planned by resume or after a conflict)"
                                : "")));
        lines.add(new Line(
                "requests",
                Figures.count(s.requests()) + " sent · " + Figures.count(s.responses429()) + " × 429 · paused "
                        + Figures.duration(s.secondsPaused())));
        lines.add(new Line("rate", rate(s)));
        lines.add(new Line(
                "wall time",
                Figures.duration(s.wallSeconds()) + " (" + Instants.seconds(s.startedAt())
                        + " → " + (s.finishedAt() == null ? "not finished" : Instants.seconds(s.finishedAt())) + ")"
                        + (s.resumes() > 0
                                ? "; worked " + Figures.duration(s.activeSeconds()) + " in " + (s.resumes() + 1)
                                        + " parts"
                                : "")));
        lines.add(new Line("exit code", s.exitCode() + " (" + s.status() + "): " + Figures.exitMeaning(s.exitCode())));
        return lines;
    }

    private static String rate(RunSummary s) {
        String effective = Figures.rate(s.effectiveRate()) + " req/s effective";
        if (!(s.allowedRate() > 0)) {
            return effective + " (allowed rate unknown)";
        }
        return effective + " of " + Figures.rate(s.allowedRate()) + " req/s allowed ("
                + Figures.percent(s.effectiveRate(), s.allowedRate()) + " of allowed)";
    }
}
