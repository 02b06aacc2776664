package dev.gcsync.sync.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.gcsync.sync.desired.CsvText;
import dev.gcsync.sync.desired.Facet;
import dev.gcsync.sync.desired.FacetMode;
import dev.gcsync.sync.org.Catalogue;
import dev.gcsync.sync.org.Membership;
import dev.gcsync.sync.org.NamedId;
import dev.gcsync.sync.org.OrgReader;
import dev.gcsync.sync.org.OrgUser;
import dev.gcsync.sync.plan.Names;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes the org's current state in the desired-state format (names, not ids), so that a user can start
 * from what exists: planning the export against an unchanged org plans nothing. Memberships through a
 * group are left out (they are managed through the group); managers are written by email, inactive and
 * deleted ones too; skills and languages deleted from the org are left out (they cannot be named or assigned).
 * In CSV, names are escaped as {@link CsvText} says (';', ':', '\\', a leading formula character).
 */
public final class Exporter {
    /** Heads an exported YAML file: what its {@code defaults} mean for an entry a user deletes. */
    static final String MODES_COMMENT = """
            # Exported by gcsync. Every facet is additive (defaults below): a skill, language, queue or wrap-up
            # code deleted from this file is KEPT in the org. To remove what you delete, set that facet to
            # authoritative below, or plan with --mode FACET=authoritative (e.g. --mode skills=authoritative).
            """;

    private final OrgReader api;
    private final Consumer<String> log;

    public Exporter(OrgReader api, Consumer<String> log) {
        this.api = api;
        this.log = log;
    }

    /** Reads the org and writes {@code file} (.yaml/.yml/.json, or .csv plus a {@code .queues.csv} beside it). */
    public List<Path> export(Path file) throws IOException {
        prepareTarget(file);
        Catalogue catalogue = api.readCatalogue();
        List<OrgUser> users = new ArrayList<>();
        api.forEachUser(users::add);
        users.sort(Comparator.comparing(u -> u.email() == null ? "" : u.email()));
        Map<String, OrgUser> byId = new HashMap<>();
        users.forEach(u -> byId.put(u.id(), u));
        log.accept("read " + users.size() + " users; reading queue members and wrap-up codes");
        Map<String, List<String>> queuesByUser = new HashMap<>();
        Map<String, List<String>> codesByQueue = new TreeMap<>();
        Names names = new Names(catalogue, byId);
        Map<String, String> managers = new Managers(api, log).emails(users);
        for (NamedId q : catalogue.queues()) {
            api.readMembers(q.id()).forEach((user, how) -> {
                if (how == Membership.DIRECT) {
                    queuesByUser.computeIfAbsent(user, k -> new ArrayList<>()).add(q.name());
                }
            });
            Set<String> codes = api.readQueueWrapupCodes(q.id());
            codesByQueue.put(
                    q.name(), codes.stream().map(names::wrapupCode).sorted().toList());
        }
        for (int i = 0; i < users.size(); i++) {
            OrgUser u = users.get(i);
            if (u.expansionsComplete()) {
                continue;
            }
            users.set(i, api.readUser(u.id()));
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            log.accept("a CSV file has no modes: plan and apply it with --mode (every facet is additive unless given,"
                    + " e.g. --mode skills=authoritative to remove the skills you delete from the file)");
            return writeCsv(file, users, queuesByUser, codesByQueue, names, managers);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        // The modes the export assumes, written out so that a plan of the file means one thing.
        Map<String, String> defaults = new LinkedHashMap<>();
        for (Facet f : Facet.values()) {
            defaults.put(f.key(), FacetMode.ADDITIVE.label());
        }
        doc.put("defaults", defaults);
        doc.put(
                "users",
                users.stream()
                        .filter(u -> u.email() != null)
                        .map(u -> userEntry(u, queuesByUser.getOrDefault(u.id(), List.of()), names, managers))
                        .toList());
        List<Map<String, Object>> queues = new ArrayList<>();
        codesByQueue.forEach((queue, codes) -> {
            Map<String, Object> q = new LinkedHashMap<>();
            q.put("name", queue);
            q.put("wrapupCodes", codes);
            queues.add(q);
        });
        doc.put("queues", queues);
        ObjectMapper mapper = name.endsWith(".json")
                ? new ObjectMapper()
                : new ObjectMapper(new YAMLFactory()
                        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
        try (Writer out = Files.newBufferedWriter(file)) {
            if (!name.endsWith(".json")) {
                out.write(MODES_COMMENT);
            }
            mapper.writerWithDefaultPrettyPrinter().writeValue(out, doc);
        }
        return List.of(file);
    }

    /**
     * Checks the file name and creates its folder before the org is read (reading a large org takes minutes;
     * finding out only then that the file cannot be written, or would not be read back, wastes them).
     */
    static void prepareTarget(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json") || name.endsWith(".csv"))) {
            throw new IllegalArgumentException("cannot export to " + file + ": the name must end in .yaml, .yml,"
                    + " .json or .csv (the format is chosen by it, and plan reads only these)");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException("cannot export to " + file + ": it is a folder; give a file name");
        }
    }

    private static Map<String, Object> userEntry(
            OrgUser u, List<String> queues, Names names, Map<String, String> managers) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("email", u.email());
        putIfPresent(e, "title", u.title());
        putIfPresent(e, "department", u.department());
        putIfPresent(e, "manager", managers.get(u.id()));
        e.put("skills", proficiencies(u.skills(), names::skill));
        e.put("languages", proficiencies(u.languages(), names::language));
        e.put("queues", queues.stream().sorted().toList());
        return e;
    }

    private static Map<String, Number> proficiencies(Map<String, Double> byId, Function<String, String> name) {
        Map<String, Number> out = new TreeMap<>();
        if (byId != null) {
            byId.forEach((id, p) -> out.put(name.apply(id), p == Math.rint(p) ? (Number) p.longValue() : p));
        }
        return out;
    }

    private static void putIfPresent(Map<String, Object> e, String key, String value) {
        if (value != null && !value.isEmpty()) {
            e.put(key, value);
        }
    }

    private static List<Path> writeCsv(
            Path file,
            List<OrgUser> users,
            Map<String, List<String>> queuesByUser,
            Map<String, List<String>> codesByQueue,
            Names names,
            Map<String, String> managers)
            throws IOException {
        CsvMapper csv = new CsvMapper();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("email", "title", "department", "manager", "skills", "languages", "queues"));
        for (OrgUser u : users) {
            if (u.email() == null) {
                continue;
            }
            rows.add(List.of(
                    CsvText.single(u.email()),
                    CsvText.single(nz(u.title())),
                    CsvText.single(nz(u.department())),
                    CsvText.single(nz(managers.get(u.id()))),
                    cell(proficiencies(u.skills(), names::skill)),
                    cell(proficiencies(u.languages(), names::language)),
                    list(queuesByUser.getOrDefault(u.id(), List.of()).stream()
                            .sorted()
                            .toList())));
        }
        Files.writeString(file, csv.writer(CsvSchema.emptySchema()).writeValueAsString(rows));
        Path queuesFile =
                file.resolveSibling(file.getFileName().toString().replaceAll("(?i)\\.csv$", "") + ".queues.csv");
        List<List<String>> queueRows = new ArrayList<>();
        queueRows.add(List.of("queue", "wrapupCodes"));
        codesByQueue.forEach((q, codes) -> queueRows.add(List.of(CsvText.single(q), list(codes))));
        Files.writeString(queuesFile, csv.writer(CsvSchema.emptySchema()).writeValueAsString(queueRows));
        return List.of(file, queuesFile);
    }

    /** A list cell: names escaped as {@link CsvText} says, separated by ';'. */
    private static String list(List<String> names) {
        return CsvText.cell(names.stream().map(CsvText::item).collect(Collectors.joining(";")));
    }

    private static String cell(Map<String, Number> proficiencies) {
        return CsvText.cell(proficiencies.entrySet().stream()
                .map(e -> CsvText.item(e.getKey()) + ":" + e.getValue())
                .collect(Collectors.joining(";")));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
