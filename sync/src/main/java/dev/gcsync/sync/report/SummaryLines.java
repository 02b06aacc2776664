package dev.gcsync.sync.report;

import dev.gcsync.sync.journal.Instants;
import java.util.ArrayList;
import java.util.List;

/** The summary of a run as labelled lines, shared by the console and the HTML page. Pure. */
final class SummaryLines {

    /** One line: a short label and its figures. */
    record Line(String label, String value) {}

    /** Estimates of a learned bucket shown on the "learned" line; the others are counted. */
    private static final int SHOWN_LEARNED = 6;

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
        if (s.bound() == null) {
            lines.add(new Line("rate", rate(s)));
        } else {
            lines.add(new Line("rate", boundRate(s.bound())));
            if (!s.bound().token()) {
                lines.add(new Line("token", tokenRate(s)));
            }
            if (!s.bound().learned().isEmpty()) {
                lines.add(new Line("learned", learned(s.bound())));
            }
        }
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

    /** {@code 9.60 of 10.00 req/s of the hidden users:write bucket (96%): its 2,880 requests over 5m 00s}. */
    private static String boundRate(BoundScope b) {
        String of = Figures.rate(b.rate()) + " of " + (b.allowedRate() > 0 ? Figures.rate(b.allowedRate()) : "?")
                + " req/s of " + b.describe();
        String percent = Figures.percent(b.rate(), b.allowedRate());
        String share = b.share() < 1
                ? "; gcsync's share " + Figures.rate(b.share()) + " of " + Figures.rate(b.bucketRate()) + " req/s"
                : "";
        String which = b.token()
                ? "all " + Figures.count(b.requests()) + " requests"
                : "its " + Figures.count(b.requests()) + " " + String.join(" + ", b.families()) + " requests";
        return of + (percent.isEmpty() ? " (allowed rate unknown)" : " (" + percent + ")") + share + ": " + which
                + " over " + Figures.duration(b.seconds());
    }

    /** The token's own figures, when another scope bound the run: every request against the token's limit. */
    private static String tokenRate(RunSummary s) {
        String percent = Figures.percent(s.effectiveRate(), s.tokenAllowedRate());
        return Figures.rate(s.effectiveRate()) + " of "
                + (s.tokenAllowedRate() > 0 ? Figures.rate(s.tokenAllowedRate()) : "?") + " req/s of the token's"
                + " limit" + (percent.isEmpty() ? "" : " (" + percent + ")") + ": all " + Figures.count(s.requests())
                + " requests over " + Figures.duration(s.activeSeconds());
    }

    /** {@code 50 per 5s at 21:00:05 → 44 per 5s at 21:03:10}: the first and the last few estimates. */
    private static String learned(BoundScope b) {
        List<BoundScope.Learned> all = b.learned();
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (i == SHOWN_LEARNED - 1 && all.size() > SHOWN_LEARNED) {
                shown.add("… (" + (all.size() - SHOWN_LEARNED) + " more)");
                i = all.size() - 1;
            }
            BoundScope.Learned l = all.get(i);
            shown.add(l.limit() + " per " + Figures.duration(l.windowSeconds()) + " at "
                    + Instants.seconds(l.at()).replace(" UTC", "").substring(11));
        }
        return String.join(" → ", shown) + " UTC";
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
