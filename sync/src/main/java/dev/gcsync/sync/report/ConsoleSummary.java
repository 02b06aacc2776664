package dev.gcsync.sync.report;

import java.util.List;

/**
 * Renders a run's summary for the terminal: aligned lines of figures, the notes, what the exit code means, and
 * the first users needing attention (failed, not converged, pending, invalid) with their errors. Strings from
 * the run are stripped of control characters, so a user name cannot move the cursor or recolour the terminal.
 * Pure: returns the text, lines ending in {@code \n}.
 */
public final class ConsoleSummary {

    /** How many users needing attention {@link #render(RunReport)} lists. */
    public static final int DEFAULT_LISTED = 10;

    private static final int LABEL_WIDTH = 12;
    private static final int MAX_NAME_WIDTH = 40;
    private static final int MAX_ERROR_LENGTH = 160;

    private ConsoleSummary() {}

    /** The summary with up to {@link #DEFAULT_LISTED} users needing attention. */
    public static String render(RunReport report) {
        return render(report.summary(), report.users(), DEFAULT_LISTED);
    }

    /** The summary with up to {@code maxListed} (≥ 0) users needing attention, in the order given. */
    public static String render(RunSummary summary, List<UserOutcome> users, int maxListed) {
        if (maxListed < 0) {
            throw new IllegalArgumentException("maxListed must be 0 or more, was " + maxListed);
        }
        StringBuilder out = new StringBuilder();
        out.append("gcsync run ")
                .append(summary.runId())
                .append(": ")
                .append(TerminalText.safe(summary.status()))
                .append('\n');
        for (SummaryLines.Line line : SummaryLines.of(summary)) {
            labelled(out, line.label(), line.value());
        }
        for (String note : summary.notes()) {
            labelled(out, "note", TerminalText.safe(note));
        }
        attention(out, users, maxListed);
        return out.toString();
    }

    private static void labelled(StringBuilder out, String label, String value) {
        out.append("  ").append(pad(label, LABEL_WIDTH)).append(value).append('\n');
    }

    private static void attention(StringBuilder out, List<UserOutcome> users, int maxListed) {
        List<UserOutcome> needing =
                users.stream().filter(ConsoleSummary::needsAttention).toList();
        if (needing.isEmpty() || maxListed == 0) {
            return;
        }
        List<UserOutcome> listed = needing.subList(0, Math.min(maxListed, needing.size()));
        out.append("Users needing attention (")
                .append(listed.size() == needing.size() ? "all " : "first ")
                .append(listed.size())
                .append(" of ")
                .append(Figures.count(needing.size()))
                .append("; users.csv has all):\n");
        int nameWidth = 0;
        for (UserOutcome u : listed) {
            nameWidth = Math.max(
                    nameWidth,
                    Math.min(MAX_NAME_WIDTH, TerminalText.safe(u.label()).length()));
        }
        for (UserOutcome u : listed) {
            String line = "  " + pad(TerminalText.safe(u.label()), nameWidth + 2)
                    + pad(u.status().name(), 15)
                    + TerminalText.truncate(TerminalText.safe(u.error()), MAX_ERROR_LENGTH);
            out.append(line.stripTrailing()).append('\n');
        }
    }

    private static boolean needsAttention(UserOutcome u) {
        return u.status() != null
                && switch (u.status()) {
                    case FAILED, NOT_CONVERGED, PENDING, INVALID -> true;
                    case UNCHANGED, CONVERGED -> false;
                };
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }
}
