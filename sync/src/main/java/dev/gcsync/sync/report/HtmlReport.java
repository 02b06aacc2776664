package dev.gcsync.sync.report;

import java.io.IOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code report.html}: one self-contained page (no network: inline CSS, SVG and script, locked down by
 * a Content-Security-Policy) with the run's figures, its request-rate timeline and a searchable user table.
 * Every string from the run is HTML-escaped; the users travel as escaped JSON and are shown as text nodes.
 * Pure apart from writing to the given writer.
 */
final class HtmlReport {

    private HtmlReport() {}

    static void write(RunReport report, Writer out) throws IOException {
        RunSummary s = report.summary();
        String title = "gcsync run " + s.runId() + ": " + s.status()
                + (s.resumes() == 0 ? "" : " (resumed " + (s.resumes() == 1 ? "once" : s.resumes() + " times") + ")");
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.write("<meta http-equiv=\"Content-Security-Policy\" content=\"" + PageAssets.CONTENT_SECURITY_POLICY
                + "\">\n");
        out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.write("<title>" + Html.escape(title) + "</title>\n<style>" + PageAssets.STYLE + "</style>\n</head>\n");
        out.write("<body>\n<h1>" + Html.escape(title) + "</h1>\n");
        out.write("<p class=\"exit\">Exit code " + s.exitCode() + ": " + Html.escape(Figures.exitMeaning(s.exitCode()))
                + " · target " + Html.escape(s.target()) + " · files " + Html.escape(s.files()) + "</p>\n");
        tiles(s, out);
        lines(s, out);
        timeline(report.timeline(), s.bound(), out);
        users(report.users(), out);
        out.write("<script>" + PageAssets.SCRIPT + "</script>\n</body>\n</html>\n");
    }

    private static void tiles(RunSummary s, Writer out) throws IOException {
        out.write("<div class=\"tiles\">\n");
        tile(out, Figures.count(s.usersChanged()), "users changed", false);
        tile(out, Figures.count(s.usersUnchanged()), "unchanged", false);
        tile(out, Figures.count(s.usersConverged()), "converged", false);
        tile(out, Figures.count(s.usersFailed()), "failed", s.usersFailed() > 0);
        tile(out, Figures.count(s.usersPending()), "pending", s.usersPending() > 0);
        tile(out, Figures.count(s.usersInvalid()), "invalid", s.usersInvalid() > 0);
        tile(out, Figures.count(s.requests()), "requests", false);
        tile(out, Figures.count(s.responses429()), "429s", s.responses429() > 0);
        tile(out, Figures.duration(s.secondsPaused()), "paused", false);
        BoundScope b = s.bound();
        if (b == null || b.token()) {
            tile(
                    out,
                    Figures.rate(s.effectiveRate()) + " / " + Figures.rate(s.allowedRate()),
                    "req/s effective / allowed",
                    false);
        } else {
            tile(
                    out,
                    Figures.rate(b.rate()) + " / " + Figures.rate(b.allowedRate()),
                    "req/s of " + b.describe(),
                    false);
            tile(
                    out,
                    Figures.rate(s.effectiveRate()) + " / " + Figures.rate(s.tokenAllowedRate()),
                    "req/s of the token's limit",
                    false);
        }
        tile(out, Figures.duration(s.wallSeconds()), "wall time", false);
        out.write("</div>\n");
    }

    private static void tile(Writer out, String value, String label, boolean bad) throws IOException {
        out.write("<div class=\"tile" + (bad ? " bad" : "") + "\"><b>" + Html.escape(value) + "</b><span>"
                + Html.escape(label) + "</span></div>\n");
    }

    private static void lines(RunSummary s, Writer out) throws IOException {
        out.write("<table class=\"lines\">\n");
        for (SummaryLines.Line line : SummaryLines.of(s)) {
            out.write(
                    "<tr><th>" + Html.escape(line.label()) + "</th><td>" + Html.escape(line.value()) + "</td></tr>\n");
        }
        for (String note : s.notes()) {
            out.write("<tr><th>note</th><td>" + Html.escape(note) + "</td></tr>\n");
        }
        out.write("</table>\n");
    }

    private static void timeline(List<TimelinePoint> timeline, BoundScope bound, Writer out) throws IOException {
        boolean other = bound != null && !bound.token();
        String scope = bound == null ? "" : Html.escape(" (" + bound.describe() + ")");
        out.write("<h2>Request rate against the allowed rate</h2>\n<p class=\"legend\">"
                + (other
                        ? "<span><i class=\"l-requests\"></i>requests it counts per second" + scope + "</span>"
                                + "<span><i class=\"l-all-requests\"></i>all requests per second</span>"
                        : "<span><i class=\"l-requests\"></i>requests per second</span>")
                + "<span><i class=\"l-allowed\"></i>allowed per second" + scope + "</span>"
                + (other ? "<span><i class=\"l-token-allowed\"></i>allowed per second (the token's limit)</span>" : "")
                + "<span><i class=\"l-throttled\"></i>429 received</span>"
                + "<span><i class=\"l-pause\"></i>all callers paused</span></p>\n");
        out.write(TimelineChart.svg(timeline, other));
    }

    private static void users(List<UserOutcome> users, Writer out) throws IOException {
        Map<UserOutcome.Status, Integer> counts = new EnumMap<>(UserOutcome.Status.class);
        for (UserOutcome u : users) {
            if (u.status() != null) {
                counts.merge(u.status(), 1, Integer::sum);
            }
        }
        out.write("<h2>Users</h2>\n<div class=\"controls\">\n"
                + "<input type=\"search\" id=\"q\" placeholder=\"Search users, ids, changes, errors\" "
                + "aria-label=\"search users\">\n<select id=\"status\" aria-label=\"status\">\n"
                + "<option value=\"\">all statuses (" + Figures.count(users.size()) + ")</option>\n");
        for (UserOutcome.Status status : UserOutcome.Status.values()) {
            out.write("<option value=\"" + status.name() + "\">" + status.name() + " ("
                    + Figures.count(counts.getOrDefault(status, 0)) + ")</option>\n");
        }
        out.write("</select>\n<button id=\"prev\" type=\"button\">previous</button>"
                + "<button id=\"next\" type=\"button\">next</button>\n<span id=\"shown\"></span>\n</div>\n");
        out.write("<noscript><p>The table needs JavaScript; users.csv holds the same rows.</p></noscript>\n");
        out.write("<table class=\"users\">\n<thead><tr>");
        for (String column : UsersCsv.HEADER) {
            out.write("<th>" + column + "</th>");
        }
        out.write("</tr></thead>\n<tbody id=\"rows\"></tbody>\n</table>\n");
        out.write("<script type=\"application/json\" id=\"users-data\">");
        ScriptJson.writeUsers(users, out);
        out.write("</script>\n");
    }
}
