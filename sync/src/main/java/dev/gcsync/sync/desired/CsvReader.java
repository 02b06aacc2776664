package dev.gcsync.sync.desired;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.gcsync.sync.intern.Interner;
import dev.gcsync.sync.problem.Problems;
import dev.gcsync.sync.tree.Pos;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the spreadsheet formats: {@code users.csv} (header {@code email,title,department,manager,skills,
 * languages,queues}, with {@code username} or {@code id} instead of {@code email}) and {@code queues.csv}
 * (header {@code queue,wrapupCodes[,wrapupCodes_mode]}). Which one a file is follows from its header.
 * A list cell separates items with ';', a skill from its proficiency with ':'. A column that is absent
 * leaves that facet alone; an empty skills/languages/queues cell means "none". Every row has exactly the
 * header's cells ({@link CsvShape}); each row is read into an {@link Entry} of its own.
 */
final class CsvReader {
    static final List<String> USER_COLUMNS =
            List.of("email", "username", "id", "title", "department", "manager", "skills", "languages", "queues");
    static final List<String> QUEUE_COLUMNS = List.of("queue", "wrapupCodes", "wrapupCodes_mode");

    private final Problems problems;
    /** Skill, language, queue and wrap-up code names: a few dozen, each written on thousands of rows. */
    private final Interner names = new Interner();

    private final List<DesiredUser> users = new ArrayList<>();
    private final List<DesiredQueue> queues = new ArrayList<>();

    CsvReader(Problems problems) {
        this.problems = problems;
    }

    List<DesiredUser> users() {
        return users;
    }

    List<DesiredQueue> queues() {
        return queues;
    }

    /** @param reader the file's text, byte-order mark already dropped */
    void read(String file, Reader reader) throws IOException {
        List<Row> rows = parse(file, reader);
        if (rows == null) {
            return;
        }
        if (rows.isEmpty()) {
            problems.add(
                    new Pos(file, 1, 0),
                    "",
                    "",
                    "the file is empty",
                    "Start with a header line, e.g. email,skills,languages,queues");
            return;
        }
        Row header = rows.get(0);
        boolean queueFile =
                !header.cells().isEmpty() && header.cells().get(0).trim().equalsIgnoreCase("queue");
        List<String> known = queueFile ? QUEUE_COLUMNS : USER_COLUMNS;
        var separator = CsvShape.otherSeparator(new Pos(file, header.line(), 0), header.cells(), known);
        if (separator.isPresent()) {
            problems.add(separator.get());
            return;
        }
        Map<String, Integer> columns = columns(file, header, known);
        if (columns == null) {
            return;
        }
        // A header alone is a valid file that names no one: it is what export writes for an org with no user
        // (or queue) to export, and planning it must plan nothing, as every export does.
        for (Row row : rows.subList(1, rows.size())) {
            if (row.cells().stream().allMatch(String::isBlank)) {
                continue;
            }
            CsvRow cells = new CsvRow(file, row, columns);
            if (row.cells().size() != header.cells().size()) {
                misshapen(cells, header, queueFile);
            } else if (queueFile) {
                readQueue(cells).addTo(problems, queues);
            } else {
                readUser(cells).addTo(problems, users);
            }
        }
    }

    /**
     * A row whose cell count is not the header's is a problem and is not interpreted; a user it names (by
     * the key column, when that cell is there) is kept as not well-formed, so that --skip-invalid reports it.
     */
    private void misshapen(CsvRow row, Row header, boolean queueFile) {
        Problems own = new Problems();
        own.add(CsvShape.wrongCellCount(row.linePos(), row.row().cells(), header.cells()));
        if (queueFile) {
            Entry.<DesiredQueue>unnamed(own).addTo(problems, queues);
            return;
        }
        List<UserKey> keys = keys(row);
        Entry<DesiredUser> entry = keys.size() != 1
                ? Entry.unnamed(own)
                : Entry.of(
                        own, ok -> new DesiredUser(keys.get(0), row.linePos(), null, null, null, null, null, null, ok));
        entry.addTo(problems, users);
    }

    private Map<String, Integer> columns(String file, Row header, List<String> known) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        boolean ok = true;
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cells().get(i).trim();
            String canonical = known.stream()
                    .filter(k -> k.equalsIgnoreCase(name))
                    .findFirst()
                    .orElse(null);
            Pos pos = new Pos(file, header.line(), i + 1);
            if (name.isEmpty()) {
                problems.add(
                        pos,
                        "column",
                        "",
                        "the header has a column without a name",
                        "Name it (" + String.join(",", known) + "), or remove the extra comma (a header ending in ','"
                                + " has an empty last column)");
                ok = false;
            } else if (canonical == null) {
                String close = NameSuggestions.closest(name, known, 1);
                problems.add(
                        pos,
                        "column",
                        name,
                        "unknown column",
                        (close.isEmpty() ? "" : "Did you mean " + close + "? ") + "Known columns: "
                                + String.join(",", known));
                ok = false;
            } else if (columns.putIfAbsent(canonical, i) != null) {
                problems.add(pos, "column", name, "the column appears twice", "Keep one");
                ok = false;
            }
        }
        return ok ? columns : null;
    }

    private static List<UserKey> keys(CsvRow row) {
        List<UserKey> keys = new ArrayList<>();
        for (UserKey.Kind kind : UserKey.Kind.values()) {
            String v = row.text(kind.field());
            if (v != null && !v.isBlank()) {
                keys.add(new UserKey(kind, CsvText.unescape(v.trim())));
            }
        }
        return keys;
    }

    private Entry<DesiredUser> readUser(CsvRow row) {
        Problems own = new Problems();
        List<UserKey> keys = keys(row);
        if (keys.size() != 1) {
            own.add(
                    row.linePos(),
                    "user",
                    "",
                    keys.isEmpty()
                            ? "the row has no email, username or id"
                            : "the row names its user more than one way",
                    "Fill exactly one of email, username or id");
            return Entry.unnamed(own);
        }
        if (keys.get(0).kind() == UserKey.Kind.EMAIL) {
            FieldRules.email(keys.get(0).value(), row.pos("email"), "email", own);
        }
        Ref manager = row.ref("manager");
        if (manager != null) {
            FieldRules.email(manager.name(), manager.pos(), "manager", own);
        }
        List<Proficiency> skills = proficiencies(row, "skills", own);
        List<Proficiency> languages = proficiencies(row, "languages", own);
        List<Ref> queueRefs = refs(row, "queues");
        return Entry.of(
                own,
                ok -> new DesiredUser(
                        keys.get(0),
                        row.linePos(),
                        row.ref("title"),
                        row.ref("department"),
                        manager,
                        skills,
                        languages,
                        queueRefs,
                        ok));
    }

    private Entry<DesiredQueue> readQueue(CsvRow row) {
        Problems own = new Problems();
        Ref name = row.ref("queue");
        if (name == null) {
            own.add(row.linePos(), "queue", "", "the row has no queue name", "Fill the queue column");
            return Entry.unnamed(own);
        }
        FacetMode mode = null;
        String modeText = row.text("wrapupCodes_mode");
        if (modeText != null && !modeText.isBlank()) {
            mode = FacetMode.parse(modeText).orElse(null);
            if (mode == null) {
                own.add(
                        row.pos("wrapupCodes_mode"),
                        "wrapupCodes_mode",
                        modeText,
                        "unknown mode",
                        "Use 'additive' or 'authoritative'");
            }
        }
        List<Ref> codes = refs(row, "wrapupCodes");
        FacetMode queueMode = mode;
        return Entry.of(
                own, ok -> new DesiredQueue(name, codes == null ? List.of() : codes, queueMode, row.linePos(), ok));
    }

    private List<Proficiency> proficiencies(CsvRow row, String column, Problems own) {
        String cell = row.text(column);
        if (cell == null) {
            return null;
        }
        List<Proficiency> out = new ArrayList<>();
        Pos pos = row.pos(column);
        for (String item : CsvText.items(cell)) {
            int colon = CsvText.lastColon(item);
            if (colon < 0) {
                own.add(
                        pos,
                        column,
                        item,
                        "no proficiency given",
                        "Write name:proficiency, e.g. " + item + ":3 (items separated by ';')");
                continue;
            }
            String name = CsvText.unescape(item.substring(0, colon).trim());
            Double value = FieldRules.proficiency(item.substring(colon + 1), pos, column + "." + name, own);
            if (value != null) {
                out.add(new Proficiency(names.of(name), value, pos));
            }
        }
        return out;
    }

    private List<Ref> refs(CsvRow row, String column) {
        String cell = row.text(column);
        if (cell == null) {
            return null;
        }
        Pos pos = row.pos(column);
        return CsvText.items(cell).stream()
                .map(name -> new Ref(names.of(CsvText.unescape(name)), pos))
                .toList();
    }

    /** A raw CSV record and the line it starts on. */
    record Row(int line, List<String> cells) {}

    private List<Row> parse(String file, Reader reader) throws IOException {
        CsvMapper mapper = new CsvMapper();
        List<Row> rows = new ArrayList<>();
        try (CsvParser parser = mapper.getFactory().createParser(reader)) {
            parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            JsonToken t = parser.nextToken(); // the outer array
            if (t == null) {
                return rows;
            }
            while ((t = parser.nextToken()) == JsonToken.START_ARRAY) {
                // The row's own START_ARRAY reports the previous line; its first cell knows where it is.
                int line = -1;
                List<String> cells = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    if (line < 0) {
                        line = (int) parser.currentTokenLocation().getLineNr();
                    }
                    cells.add(parser.getText());
                }
                rows.add(new Row(line, cells));
            }
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            var loc = e.getLocation();
            problems.add(
                    new Pos(file, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr()),
                    "",
                    "",
                    "not valid CSV: " + e.getOriginalMessage().toLowerCase(Locale.ROOT),
                    "Check the quotes on this line");
            return null;
        }
        return rows;
    }

    /**
     * One data row with access by column name; positions point at the cell (column = 1-based index). Only
     * rows with exactly the header's cells are read by name: a cell is either present or the column is absent.
     */
    private record CsvRow(String file, Row row, Map<String, Integer> columns) {
        String text(String column) {
            Integer i = columns.get(column);
            return i == null || i >= row.cells().size() ? null : row.cells().get(i);
        }

        Ref ref(String column) {
            String t = text(column);
            return t == null || t.isBlank() ? null : new Ref(CsvText.unescape(t.trim()), pos(column));
        }

        Pos pos(String column) {
            Integer i = columns.get(column);
            return new Pos(file, row.line(), i == null ? 0 : i + 1);
        }

        Pos linePos() {
            return new Pos(file, row.line(), 0);
        }
    }
}
