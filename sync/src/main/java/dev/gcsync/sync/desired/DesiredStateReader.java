package dev.gcsync.sync.desired;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.gcsync.sync.problem.IoTrouble;
import dev.gcsync.sync.problem.Problems;
import dev.gcsync.sync.tree.LocatedTreeReader;
import dev.gcsync.sync.tree.Pos;
import dev.gcsync.sync.tree.SyntaxException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads desired-state files (YAML, JSON, CSV, chosen by extension) into one {@link DesiredState},
 * collecting every problem of form rather than stopping at the first. Names are not checked against
 * the org here; see {@code dev.gcsync.sync.resolve}.
 */
public final class DesiredStateReader {

    /** The state read, and everything wrong with the files' form. */
    public record Result(DesiredState state, Problems problems) {}

    public Result read(List<Path> files) {
        Problems problems = new Problems();
        List<DesiredUser> users = new ArrayList<>();
        List<DesiredQueue> queues = new ArrayList<>();
        Modes modes = Modes.allAdditive();
        boolean includeInactive = false;
        List<String> names = new ArrayList<>();
        for (Path path : files) {
            String file = path.toString();
            names.add(file);
            String ext = extension(file);
            if (!List.of("csv", "yaml", "yml", "json").contains(ext)) {
                problems.add(
                        new Pos(file, 0, 0),
                        "",
                        "",
                        ext.isEmpty() ? "the file has no extension" : "unknown file type '." + ext + "'",
                        "Use .yaml, .yml, .json or .csv (the extension says"
                                + " how to read the file; a spreadsheet must be saved as CSV first)");
                continue;
            }
            try (Reader reader = new BomSkippingReader(Files.newBufferedReader(path, StandardCharsets.UTF_8))) {
                if (ext.equals("csv")) {
                    CsvReader csv = new CsvReader(problems);
                    csv.read(file, reader);
                    users.addAll(csv.users());
                    queues.addAll(csv.queues());
                } else {
                    JsonFactory factory = ext.equals("json") ? new JsonFactory() : yamlFactory();
                    DocumentReader doc = new DocumentReader(problems);
                    if (!new LocatedTreeReader(factory).stream(file, reader, doc.sink())) {
                        problems.add(
                                new Pos(file, 1, 0),
                                "",
                                "",
                                "the file is empty",
                                "Start with 'users:' (see docs/file-format.md)");
                        continue;
                    }
                    users.addAll(doc.users());
                    queues.addAll(doc.queues());
                    modes = merge(modes, doc.modes());
                    includeInactive |= doc.includeInactive();
                }
            } catch (SyntaxException e) {
                problems.add(e.pos(), "", "", e.getMessage(), e.hint());
            } catch (CharacterCodingException e) {
                problems.add(
                        new Pos(file, Utf8Lines.firstBadLine(path), 0),
                        "",
                        "",
                        "the file is not UTF-8 text",
                        "Save it as UTF-8 text (from a spreadsheet: 'CSV UTF-8'); a workbook (.xlsx, .ods) or another"
                                + " binary file must be exported as CSV first");
            } catch (IOException e) {
                problems.add(
                        new Pos(file, 0, 0),
                        "",
                        "",
                        "the file " + IoTrouble.describe(path, e),
                        "Check the path given with -f, and that gcsync may read the file");
            }
        }
        DuplicateUsers.Checked checked = DuplicateUsers.check(users);
        problems.addAll(checked.problems());
        return new Result(new DesiredState(modes, checked.users(), queues, names, includeInactive), problems);
    }

    /** SnakeYAML refuses documents over 3 M code points by default; a 100,000-user file is larger. */
    private static YAMLFactory yamlFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        return YAMLFactory.builder().loaderOptions(options).build();
    }

    private static Modes merge(Modes base, Modes fromFile) {
        Modes out = base;
        for (Facet f : Facet.values()) {
            if (fromFile.of(f) != FacetMode.ADDITIVE) {
                out = out.with(f, fromFile.of(f));
            }
        }
        return out;
    }

    private static String extension(String file) {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
