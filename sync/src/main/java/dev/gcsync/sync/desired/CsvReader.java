package dev.gcsync.sync.desired;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
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
 * leaves that facet alone; an empty skills/languages/queues cell means "none".
 */
final class CsvReader {
    static final List<String> USER_COLUMNS = List.of(
            "email", "username", "id", "title", "department", "manager", "skills", "languages", "queues");
    static final List<String> QUEUE_COLUMNS = List.of("queue", "wrapupCodes", "wrapupCodes_mode");

    private final Problems problems;
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

    void read(String file, Reader reader) throws IOException {
        List<Row> rows = parse(file, reader);
        if (rows == null) {
            return;
        }
        if (rows.isEmpty()) {
            problems.add(new Pos(file, 1, 0), "", "", "the file is empty",
                    "Start with a header line, e.g. email,skills,languages,queues");
            return;
        }
        Row header = rows.get(0);
        boolean queueFile = !header.cells().isEmpty()
                && header.cells().get(0).trim().equalsIgnoreCase("queue");
        Map<String, Integer> columns = columns(file, header, queueFile ? QUEUE_COLUMNS : USER_COLUMNS);
        if (columns == null) {
            return;
        }
        if (rows.size() == 1) {
            problems.add(new Pos(file, header.line(), 0), "", "", "the file has a header but no rows",
                    "Add one line per " + (queueFile ? "queue" : "user"));
        }
        for (Row row : rows.subList(1, rows.size())) {
            if (row.cells().stream().allMatch(String::isBlank)) {
                continue;
            }
            CsvRow cells = new CsvRow(file, row, columns);
            if (queueFile) {
                readQueue(cells);
            } else {
                readUser(cells);
            }
        }
    }

    private Map<String, Integer> columns(String file, Row header, List<String> known) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        boolean ok = true;
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cells().get(i).trim();
            String canonical = known.stream().filter(k -> k.equalsIgnoreCase(name)).findFirst().orElse(null);
            Pos pos = new Pos(file, header.line(), i + 1);
            if (canonical == null) {
                String close = NameSuggestions.closest(name, known, 1);
                problems.add(pos, "column", name, "unknown column",
                        (close.isEmpty() ? "" : "Did you mean " + close + "? ") + "Known columns: " + String.join(",", known));
                ok = false;
            } else if (columns.putIfAbsent(canonical, i) != null) {
                problems.add(pos, "column", name, "the column appears twice", "Keep one");
                ok = false;
            }
        }
        return ok ? columns : null;
    }

    private void readUser(CsvRow row) {
        int before = problems.size();
        List<UserKey> keys = new ArrayList<>();
        for (UserKey.Kind kind : UserKey.Kind.values()) {
            String v = row.text(kind.field());
            if (v != null && !v.isBlank()) {
                keys.add(new UserKey(kind, CsvText.unescape(v.trim())));
                if (kind == UserKey.Kind.EMAIL) {
                    FieldRules.email(v, row.pos(kind.field()), "email", problems);
                }
            }
        }
        if (keys.size() != 1) {
            problems.add(row.linePos(), "user", "", keys.isEmpty() ? "the row has no email, username or id"
                    : "the row names its user more than one way", "Fill exactly one of email, username or id");
            return;
        }
        Ref manager = row.ref("manager");
        if (manager != null && !manager.name().isBlank()) {
            FieldRules.email(manager.name(), manager.pos(), "manager", problems);
        }
        List<Proficiency> skills = proficiencies(row, "skills");
        List<Proficiency> languages = proficiencies(row, "languages");
        List<Ref> queueRefs = refs(row, "queues");
        users.add(new DesiredUser(keys.get(0), row.linePos(), row.ref("title"), row.ref("department"), manager,
                skills, languages, queueRefs, problems.size() == before));
    }

    private void readQueue(CsvRow row) {
        int before = problems.size();
        Ref name = row.ref("queue");
        if (name == null || name.name().isBlank()) {
            problems.add(row.linePos(), "queue", "", "the row has no queue name", "Fill the queue column");
            return;
        }
        FacetMode mode = null;
        String modeText = row.text("wrapupCodes_mode");
        if (modeText != null && !modeText.isBlank()) {
            mode = FacetMode.parse(modeText).orElse(null);
            if (mode == null) {
                problems.add(row.pos("wrapupCodes_mode"), "wrapupCodes_mode", modeText, "unknown mode",
                        "Use 'additive' or 'authoritative'");
            }
        }
        List<Ref> codes = refs(row, "wrapupCodes");
        queues.add(new DesiredQueue(new Ref(name.name().trim(), name.pos()), codes == null ? List.of() : codes,
                mode, row.linePos(), problems.size() == before));
    }

    private List<Proficiency> proficiencies(CsvRow row, String column) {
        String cell = row.text(column);
        if (cell == null) {
            return null;
        }
        List<Proficiency> out = new ArrayList<>();
        Pos pos = row.pos(column);
        for (String item : CsvText.items(cell)) {
            int colon = CsvText.lastColon(item);
            if (colon < 0) {
                problems.add(pos, column, item, "no proficiency given",
                        "Write name:proficiency, e.g. " + item + ":3 (items separated by ';')");
                continue;
            }
            String name = CsvText.unescape(item.substring(0, colon).trim());
            Double value = FieldRules.proficiency(item.substring(colon + 1), pos, column + "." + name, problems);
            if (value != null) {
                out.add(new Proficiency(name, value, pos));
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
        return CsvText.items(cell).stream().map(name -> new Ref(CsvText.unescape(name), pos)).toList();
    }

    /** A raw CSV record and the line it starts on. */
    record Row(int line, List<String> cells) {
    }

    private List<Row> parse(String file, Reader reader) throws IOException {
        CsvMapper mapper = new CsvMapper();
        List<Row> rows = new ArrayList<>();
        try (CsvParser parser = mapper.getFactory().createParser(new BomSkippingReader(reader))) {
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
            var loc = e.getLocation();
            problems.add(new Pos(file, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr()),
                    "", "", "not valid CSV: " + e.getOriginalMessage().toLowerCase(Locale.ROOT),
                    "Check the quotes on this line");
            return null;
        }
        return rows;
    }

    /** One data row with access by column name; positions point at the cell (column = 1-based index). */
    private record CsvRow(String file, Row row, Map<String, Integer> columns) {
        String text(String column) {
            Integer i = columns.get(column);
            if (i == null) {
                return null;
            }
            return i < row.cells().size() ? row.cells().get(i) : "";
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
