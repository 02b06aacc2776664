package dev.gcsync.sync.tree;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns a parser's complaint into a sentence a person can act on, at the line it is about. SnakeYAML's own
 * text ("while parsing a block mapping … expected &lt;block end&gt;, but found '-'") names parser states, not
 * what is wrong with the file; the common cases are translated, the rest keep SnakeYAML's short problem text.
 */
public final class SyntaxMessages {
    /** A message and a hint, at a place. */
    public record Plain(Pos pos, String message, String hint) {
        /** One line: {@code file:line:col: message. hint}. */
        public String describe() {
            return pos + ": " + message + ". " + hint;
        }
    }

    private SyntaxMessages() {}

    public static Plain of(String file, JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException yaml) {
                return yaml(file, yaml);
            }
        }
        JsonLocation loc = e.getLocation();
        Pos pos = loc == null ? new Pos(file, 0, 0) : new Pos(file, loc.getLineNr(), loc.getColumnNr());
        return new Plain(pos, "syntax error: " + plain(e.getOriginalMessage()), "Fix the file's syntax here");
    }

    /** Jackson's own text, with parser events named as a person would and anything internal left out. */
    static String plain(String text) {
        if (text == null || text.isBlank()) {
            return "the file is not well formed here";
        }
        String t = text.replaceAll(" \\(code \\d+\\)", "");
        Matcher event = EVENT.matcher(t);
        StringBuilder out = new StringBuilder();
        while (event.find()) {
            event.appendReplacement(out, Matcher.quoteReplacement(eventName(event.group(1))));
        }
        event.appendTail(out);
        t = SOURCE.matcher(out.toString())
                .replaceAll("line $1")
                .replace(
                        "Expected a field name (Scalar value in YAML), got this instead:",
                        "expected a key (a plain name), found")
                .replace("close marker for Array", "the ']' that closes the list")
                .replace("close marker for Object", "the '}' that closes the mapping")
                .replace("start marker at", "opened at");
        return INTERNAL.matcher(t).find() ? "the file is not well formed here" : t;
    }

    private static final Pattern EVENT = Pattern.compile("<org\\.yaml\\.snakeyaml\\.events\\.(\\w+)Event[^>]*>");
    private static final Pattern INTERNAL =
            Pattern.compile("\\b(java|javax|com\\.fasterxml|org\\.yaml)\\.|Exception|\\[Source:|StreamReadFeature");
    /** Jackson's location of an opening marker, "[Source: …; line: 3, column: 7]". */
    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^\\]]*?line: (\\d+), column: \\d+\\]");

    private static String eventName(String event) {
        return switch (event) {
            case "MappingStart" -> "a mapping";
            case "SequenceStart" -> "a list";
            case "Alias" -> "an alias (*name)";
            case "Scalar" -> "a value";
            default -> "something else";
        };
    }

    private static Plain yaml(String file, MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        Pos pos = mark == null ? new Pos(file, 0, 0) : new Pos(file, mark.getLine() + 1, mark.getColumn() + 1);
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String p = problem.toLowerCase(Locale.ROOT);
        if (p.contains("'\\t'") || p.contains("tab")) {
            return new Plain(
                    pos,
                    "syntax error: a tab character; YAML indents with spaces only",
                    "Replace the tabs with spaces");
        }
        if (p.contains("expected <block end>")
                || p.contains("did not find expected key")
                || p.contains("did not find expected '-'")) {
            return new Plain(
                    pos,
                    "syntax error: this line is not indented like the lines of its block",
                    "Indent the keys of one entry by the same number of spaces, and start the list items ('- ') of"
                            + " one list at the same column");
        }
        if (p.contains("mapping values are not allowed")) {
            return new Plain(
                    pos,
                    "syntax error: a ':' where a value was expected",
                    "Put a value that contains ': ' in quotes (title: \"Lead: Night Shift\"), or align the key"
                            + " with the keys above it");
        }
        if (p.contains("could not find expected ':'")) {
            return new Plain(
                    pos,
                    "syntax error: a line that is neither 'key: value' nor a list item ('- …')",
                    "Add the ':' after the key, or check the indentation of this line and the one above");
        }
        if (p.contains("end of stream") || p.contains("quoted scalar")) {
            return new Plain(pos, "syntax error: a quote is opened and never closed", "Close the quote, or remove it");
        }
        return new Plain(
                pos,
                "syntax error: " + (problem.isEmpty() ? "the YAML is not well formed here" : problem),
                "Check the indentation and the quotes on this line and the line above");
    }
}
