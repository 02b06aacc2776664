package dev.gcsync.sync.report;

/** The cell rules of {@code users.csv}: spreadsheet formula neutralisation, then RFC 4180 quoting. */
final class CsvCells {

    private CsvCells() {}

    /** One cell as written: neutralised, then quoted when needed; {@code null} is an empty cell. */
    static String cell(String value) {
        return quote(neutralise(value == null ? "" : value));
    }

    /**
     * Prefixes {@code '} to a value a spreadsheet would run as a formula. The leading characters are OWASP's
     * list (= + - @ tab CR) plus LF and NUL from ASVS 1.2.10; our change lines ({@code + skill …},
     * {@code - queue …}) are neutralised too, as Excel would read {@code + skill Billing 4} as a formula.
     */
    static String neutralise(String value) {
        if (value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\n', '\0' -> "'" + value;
            default -> value;
        };
    }

    /** RFC 4180 §2.6–2.7: a cell holding a comma, quote, CR or LF is quoted, and its quotes doubled. */
    static String quote(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return '"' + value.replace("\"", "\"\"") + '"';
            }
        }
        return value;
    }
}
