package dev.gcsync.sync.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes {@code users.csv}: a header and one row per user, RFC 4180 (CRLF line ends, plain UTF-8 without a
 * BOM), every cell safe to open in a spreadsheet (see {@link CsvCells}).
 */
final class UsersCsv {

    static final List<String> HEADER =
            List.of("user", "userId", "status", "changes", "before", "after", "attempts", "error");

    private static final String CRLF = "\r\n";

    private UsersCsv() {}

    static void write(List<UserOutcome> users, Writer out) throws IOException {
        out.write(String.join(",", HEADER));
        out.write(CRLF);
        for (UserOutcome u : users) {
            row(
                    out,
                    u.label(),
                    u.userId(),
                    u.status() == null ? "" : u.status().name(),
                    u.changes(),
                    u.before(),
                    u.after(),
                    Integer.toString(u.attempts()),
                    u.error());
        }
    }

    private static void row(Writer out, String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(CsvCells.cell(cells[i]));
        }
        out.write(CRLF);
    }
}
