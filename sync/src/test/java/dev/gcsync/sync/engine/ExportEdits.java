package dev.gcsync.sync.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.gcsync.sync.desired.CsvText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** Edits one field of one user in an exported file, as a person would in an editor or a spreadsheet. */
final class ExportEdits {
    enum Format {
        YAML,
        JSON,
        CSV;

        String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private ExportEdits() {}

    /** Sets {@code facet} ("skills" or "languages") {@code name} to {@code value} for the {@code index}-th user. */
    static void setProficiency(Format format, Path file, int index, String facet, String name, double value)
            throws IOException {
        if (format == Format.CSV) {
            editCsvCell(file, index, facet, cell -> {
                Map<String, String> items = new LinkedHashMap<>();
                for (String item : CsvText.items(cell)) {
                    int colon = CsvText.lastColon(item);
                    items.put(CsvText.unescape(item.substring(0, colon).trim()), item.substring(colon + 1));
                }
                items.put(name.trim(), number(value).toString());
                return CsvText.cell(items.entrySet().stream()
                        .map(e -> CsvText.item(e.getKey()) + ":" + e.getValue())
                        .collect(Collectors.joining(";")));
            });
            return;
        }
        editDocument(format, file, index, user -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) user.computeIfAbsent(facet, k -> new LinkedHashMap<>());
            map.put(name, number(value));
        });
    }

    /** Sets the {@code index}-th user's title. */
    static void setTitle(Format format, Path file, int index, String title) throws IOException {
        if (format == Format.CSV) {
            editCsvCell(file, index, "title", cell -> CsvText.single(title));
        } else {
            editDocument(format, file, index, user -> user.put("title", title));
        }
    }

    private static Number number(double value) {
        return value == Math.rint(value) ? (Number) (long) value : (Number) value;
    }

    private static ObjectMapper mapper(Format format) {
        return format == Format.JSON
                ? new ObjectMapper()
                : new ObjectMapper(new YAMLFactory()
                        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
    }

    private static void editDocument(Format format, Path file, int index, Consumer<Map<String, Object>> edit)
            throws IOException {
        ObjectMapper mapper = mapper(format);
        @SuppressWarnings("unchecked")
        Map<String, Object> doc = mapper.readValue(file.toFile(), Map.class);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> users = (List<Map<String, Object>>) doc.get("users");
        edit.accept(users.get(index));
        mapper.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), doc);
    }

    private static void editCsvCell(Path file, int index, String column, UnaryOperator<String> edit)
            throws IOException {
        CsvMapper csv = new CsvMapper();
        csv.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (var it = csv.readerFor(List.class).<List<String>>readValues(Files.readString(file))) {
            it.forEachRemaining(r -> rows.add(new ArrayList<>(r)));
        }
        int col = rows.get(0).indexOf(column);
        List<String> row = rows.get(index + 1);
        row.set(col, edit.apply(row.get(col)));
        Files.writeString(file, csv.writer(CsvSchema.emptySchema()).writeValueAsString(rows));
    }
}
