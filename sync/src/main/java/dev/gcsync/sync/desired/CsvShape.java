package dev.gcsync.sync.desired;

import dev.gcsync.sync.problem.Problem;
import dev.gcsync.sync.tree.Pos;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shape of a CSV file, checked before any cell is read for its meaning: a header written with another
 * separator (European spreadsheets write ';', some exports a tab), and rows whose cell count differs from the
 * header's, with the likely cause. A row of the wrong length is never guessed at: a missing cell would read
 * as "none" (removing assignments in authoritative mode), an extra one would be dropped.
 */
final class CsvShape {
    /** Separators spreadsheets write instead of a comma, with the name a user knows them by. */
    private static final List<String[]> OTHER_SEPARATORS =
            List.of(new String[] {";", "semicolons (';')"}, new String[] {"\t", "tabs"}, new String[] {"|", "'|'"});
    /** {@code Billing:3} then {@code 5…}: a proficiency written with a decimal comma, split in two cells. */
    private static final Pattern ENDS_WITH_PROFICIENCY = Pattern.compile(".*:\\s*\\d+$");

    private static final Pattern STARTS_WITH_DIGITS = Pattern.compile("^\\d+\\s*(;.*)?$");

    private CsvShape() {}

    /**
     * A header read as one column whose text holds known column names joined by another separator, e.g.
     * {@code Email;Skills;Queues}: the file is not comma-separated.
     */
    static Optional<Problem> otherSeparator(Pos pos, List<String> header, List<String> known) {
        if (header.size() != 1) {
            return Optional.empty();
        }
        String only = header.get(0);
        for (String[] sep : OTHER_SEPARATORS) {
            String[] parts = only.split(Pattern.quote(sep[0]));
            boolean names = parts.length > 1
                    && Arrays.stream(parts)
                            .map(p -> p.trim().toLowerCase(Locale.ROOT))
                            .anyMatch(p -> known.stream().anyMatch(k -> k.equalsIgnoreCase(p)));
            if (names) {
                return Optional.of(
                        new Problem(
                                pos,
                                "header",
                                only,
                                "the columns are separated by " + sep[1] + ", not by commas",
                                "gcsync reads comma-separated files (';' separates the items inside a cell). Save the sheet"
                                        + " with ',' as the field delimiter (LibreOffice: Save As, Text CSV, Field delimiter ',';"
                                        + " Excel uses the list separator of the system's region settings), or give a .yaml file"));
            }
        }
        return Optional.empty();
    }

    /** The problem of a row whose cell count is not the header's, with the most likely cause as the hint. */
    static Problem wrongCellCount(Pos pos, List<String> cells, List<String> header) {
        String message = "the row has " + cells.size() + " cell" + (cells.size() == 1 ? "" : "s")
                + " where the header has " + header.size() + " column" + (header.size() == 1 ? "" : "s");
        return new Problem(
                pos,
                "",
                "",
                message,
                cells.size() > header.size()
                        ? tooManyHint(cells)
                        : "Give every row all " + header.size() + " cells (" + String.join(",", header)
                                + "); leave a cell empty with nothing between two commas, e.g. a@example.com,,Billing:3"
                                + " (an empty list cell means \"none\"). The row was not read");
    }

    private static String tooManyHint(List<String> cells) {
        for (int i = 0; i + 1 < cells.size(); i++) {
            String a = cells.get(i).trim();
            String b = cells.get(i + 1).trim();
            if (ENDS_WITH_PROFICIENCY.matcher(a).matches()
                    && STARTS_WITH_DIGITS.matcher(b).matches()) {
                String digits = b.split(";", 2)[0].trim();
                String whole = a.substring(a.lastIndexOf(':') + 1).trim();
                return "\"" + a + "," + b.split(";", 2)[0] + "\" looks like a decimal comma: write " + whole + "."
                        + digits + " (gcsync reads proficiencies with a decimal point). The row was not read";
            }
        }
        for (int i = 0; i + 1 < cells.size(); i++) {
            String next = cells.get(i + 1);
            if (!cells.get(i).isBlank() && next.startsWith(" ") && !next.isBlank()) {
                return "\"" + cells.get(i) + "," + next
                        + "\" looks like one value with a comma: put it in double quotes," + " \"" + cells.get(i) + ","
                        + next + "\" (a comma outside quotes starts a new cell). The row was not read";
            }
        }
        return "A value with a comma that is not quoted? Put such a cell in double quotes, e.g. \"Agent, Night Shift\"."
                + " The row was not read";
    }
}
