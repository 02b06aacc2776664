package dev.gcsync.sync.desired;

import java.util.ArrayList;
import java.util.List;

/**
 * How names are written inside gcsync's CSV cells, beyond CSV's own quoting: a list cell separates items with
 * {@code ;} and a name from its proficiency with {@code :}, so a name holding either writes it {@code \;} or
 * {@code \:}, and a backslash {@code \\}. A cell that would start with {@code = + - @} (a formula to a
 * spreadsheet) starts with {@code \} instead: {@code \=Billing}. Reading, a backslash before one of
 * {@code \ ; : = + - @} stands for that character; any other backslash is itself.
 */
public final class CsvText {
    private static final String ESCAPABLE = "\\;:=+-@";
    private static final String FORMULA = "=+-@";

    private CsvText() {}

    /** The items of a list cell: split at each {@code ;} not escaped, trimmed, blanks dropped; still escaped. */
    public static List<String> items(String cell) {
        List<String> out = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length()) {
                item.append(c).append(cell.charAt(++i));
            } else if (c == ';') {
                add(out, item);
            } else {
                item.append(c);
            }
        }
        add(out, item);
        return out;
    }

    private static void add(List<String> out, StringBuilder item) {
        if (!item.toString().isBlank()) {
            out.add(item.toString().trim());
        }
        item.setLength(0);
    }

    /** Where the last {@code :} that is not escaped is in {@code item}; -1 when none. */
    public static int lastColon(String item) {
        int last = -1;
        for (int i = 0; i < item.length(); i++) {
            if (item.charAt(i) == '\\') {
                i++;
            } else if (item.charAt(i) == ':') {
                last = i;
            }
        }
        return last;
    }

    /** The text an escaped name stands for. */
    public static String unescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && ESCAPABLE.indexOf(text.charAt(i + 1)) >= 0) {
                c = text.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }

    /** A name as an item of a list cell: {@code \}, {@code ;} and {@code :} escaped. */
    public static String item(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\\' || c == ';' || c == ':') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** A whole cell as written: a backslash in front when it would start with a formula character. */
    public static String cell(String text) {
        return !text.isEmpty() && FORMULA.indexOf(text.charAt(0)) >= 0 ? "\\" + text : text;
    }

    /** A single name as a whole cell (a title, a queue): backslashes doubled, and a leading formula character escaped. */
    public static String single(String name) {
        return cell(name.replace("\\", "\\\\"));
    }
}
