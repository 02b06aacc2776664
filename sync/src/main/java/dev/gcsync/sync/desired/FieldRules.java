package dev.gcsync.sync.desired;

import dev.gcsync.sync.problem.Problems;
import dev.gcsync.sync.tree.Pos;
import java.util.regex.Pattern;

/** The value rules shared by every file format, each stated once. */
final class FieldRules {
    /** Genesys Cloud accepts proficiencies from 0.0 to 5.0 (genesys-api.md). */
    static final double MAX_PROFICIENCY = 5.0;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private FieldRules() {}

    /** Parses a proficiency, or records a problem and returns null. */
    static Double proficiency(String text, Pos pos, String field, Problems problems) {
        String t = text == null ? "" : text.trim();
        double value;
        try {
            value = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            problems.add(pos, field, t, "proficiency is not a number", "Write a number from 0 to 5, e.g. 3.5");
            return null;
        }
        if (Double.isNaN(value) || value < 0 || value > MAX_PROFICIENCY) {
            problems.add(pos, field, t, "proficiency is outside 0–5", "Write a number from 0 to 5, e.g. 3.5");
            return null;
        }
        return value;
    }

    /** Checks an email's shape, recording a problem when it is malformed. */
    static boolean email(String text, Pos pos, String field, Problems problems) {
        if (EMAIL.matcher(text.trim()).matches()) {
            return true;
        }
        problems.add(
                pos, field, text, "malformed email address", "Write it as name@domain, e.g. ana.silva@example.com");
        return false;
    }
}
