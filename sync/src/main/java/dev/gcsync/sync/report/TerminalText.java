package dev.gcsync.sync.report;

/** Makes run data safe and short for a terminal. Pure. */
final class TerminalText {

    private TerminalText() {}

    /**
     * Replaces control characters (ESC sequences, CR, LF, tab, C1), line/paragraph separators and bidi
     * overrides with {@code ?}, so the text shows as written and cannot restyle or reorder the terminal;
     * {@code null} becomes empty.
     */
    static String safe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(unsafe(c) ? '?' : c);
        }
        return out.toString();
    }

    /** At most {@code max} characters, ending in {@code …} when cut. */
    static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static boolean unsafe(char c) {
        return Character.isISOControl(c)
                || c == '\u2028'
                || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
