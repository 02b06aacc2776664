package dev.gcsync.sync.desired;

import dev.gcsync.sync.intern.Interner;
import dev.gcsync.sync.problem.Problems;
import dev.gcsync.sync.tree.LocatedTreeReader;
import dev.gcsync.sync.tree.Node;
import dev.gcsync.sync.tree.Pos;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a YAML or JSON document tree into users, queues and modes, recording a problem for every key
 * or value that does not fit the format of docs/file-format.md instead of stopping at the first.
 */
final class DocumentReader {
    private static final Set<String> TOP_KEYS = Set.of("defaults", "users", "queues", "includeInactive");
    private static final Set<String> USER_KEYS =
            Set.of("email", "id", "username", "title", "department", "manager", "skills", "languages", "queues");
    private static final Set<String> QUEUE_KEYS = Set.of("name", "wrapupCodes", "wrapupCodes_mode");

    private final Problems problems;
    /** Skill, language and queue names: a few dozen, each written on thousands of entries (S4: 500,000 times). */
    private final Interner names = new Interner();

    private final List<DesiredUser> users = new ArrayList<>();
    private final List<DesiredQueue> queues = new ArrayList<>();
    private Modes modes = Modes.allAdditive();
    private boolean includeInactive;

    DocumentReader(Problems problems) {
        this.problems = problems;
    }

    List<DesiredUser> users() {
        return users;
    }

    List<DesiredQueue> queues() {
        return queues;
    }

    Modes modes() {
        return modes;
    }

    boolean includeInactive() {
        return includeInactive;
    }

    private void readIncludeInactive(Node node) {
        String text = node instanceof Node.Scalar s ? s.text() : "";
        if (text.equals("true") || text.equals("false")) {
            includeInactive = text.equals("true");
        } else {
            problems.add(
                    node.pos(),
                    "includeInactive",
                    text,
                    "not a boolean",
                    "Write includeInactive: true to manage inactive users too, or false (the default)");
        }
    }

    /** Receives the streamed document: top-level values, and users and queues one at a time. */
    LocatedTreeReader.Sink sink() {
        return new LocatedTreeReader.Sink() {
            @Override
            public void value(String key, Pos keyPos, Node value) {
                if (!TOP_KEYS.contains(key)) {
                    unknownTopKey(key, keyPos);
                } else if (key.equals("defaults")) {
                    readDefaults(value);
                } else if (key.equals("includeInactive")) {
                    readIncludeInactive(value);
                } else if (!(value instanceof Node.Scalar s && s.isNull())) {
                    expected(value, key, "a list (each entry starting with '- ')", problems);
                }
            }

            @Override
            public void item(String key, Node item) {
                switch (key) {
                    case "users" -> readUser(item);
                    case "queues" -> readQueue(item);
                    default -> {
                        if (reportedUnknown.add(key)) {
                            unknownTopKey(key, item.pos());
                        }
                    }
                }
            }

            @Override
            public void notAMapping(Node root) {
                problems.add(
                        root.pos(),
                        "",
                        "",
                        "the document is " + root.kindName() + ", expected a mapping",
                        "Start the file with 'users:' (see docs/file-format.md)");
            }
        };
    }

    private final Set<String> reportedUnknown = new HashSet<>();

    private void unknownTopKey(String key, Pos pos) {
        String close = NameSuggestions.closest(key, TOP_KEYS, 1);
        problems.add(
                pos,
                "key",
                key,
                "unknown key",
                (close.isEmpty() ? "" : "Did you mean " + close + "? ") + "Allowed keys: "
                        + String.join(", ", TOP_KEYS.stream().sorted().toList()));
    }

    private void readDefaults(Node node) {
        if (!(node instanceof Node.MapNode map)) {
            expected(node, "defaults", "a mapping such as { skills: additive }", problems);
            return;
        }
        for (Node.Field f : map.fields().values()) {
            var facet = Facet.byKey(f.key());
            if (facet.isEmpty()) {
                problems.add(
                        f.keyPos(),
                        "defaults",
                        f.key(),
                        "unknown facet",
                        "Use one of: skills, languages, queues, wrapupCodes");
                continue;
            }
            FacetMode mode = mode(f.value(), "defaults." + f.key(), problems);
            if (mode != null) {
                modes = modes.with(facet.get(), mode);
            }
        }
    }

    private static FacetMode mode(Node node, String field, Problems into) {
        String text = node instanceof Node.Scalar s ? s.text() : "";
        var mode = FacetMode.parse(text);
        if (mode.isEmpty()) {
            into.add(node.pos(), field, text, "unknown mode", "Use 'additive' or 'authoritative'");
            return null;
        }
        return mode.get();
    }

    private void readUser(Node node) {
        if (!(node instanceof Node.MapNode map)) {
            expected(node, "users[]", "a mapping with email, skills, languages, queues…", problems);
            return;
        }
        user(map).addTo(problems, users);
    }

    /** One user entry, valid exactly when it has no problems of its own. */
    private Entry<DesiredUser> user(Node.MapNode map) {
        Problems own = new Problems();
        checkKeys(map, USER_KEYS, "user", own);
        UserKey key = userKey(map, own);
        List<Proficiency> skills = proficiencies(map.fields().get("skills"), own);
        List<Proficiency> languages = proficiencies(map.fields().get("languages"), own);
        List<Ref> queueRefs = refs(map.fields().get("queues"), own);
        Ref manager = manager(map.fields().get("manager"), own);
        Ref title = text(map.fields().get("title"), own);
        Ref department = text(map.fields().get("department"), own);
        if (key == null) {
            return Entry.unnamed(own);
        }
        return Entry.of(
                own,
                ok -> new DesiredUser(key, map.pos(), title, department, manager, skills, languages, queueRefs, ok));
    }

    /**
     * The manager's email. An empty one ({@code manager:}, {@code manager: null}, {@code manager: ""}) is refused:
     * Genesys documents no PATCH value that removes a manager (genesys-api.md), and ignoring it would leave
     * the manager in place while the file seems to clear it.
     */
    private static Ref manager(Node.Field field, Problems own) {
        Ref manager = text(field, own);
        if (manager == null) {
            return null;
        }
        if (manager.name().isBlank()) {
            own.add(
                    field.value().pos(),
                    "manager",
                    "",
                    "an empty manager cannot be applied: gcsync cannot remove"
                            + " a user's manager (Genesys documents no way to clear it through PATCH /users)",
                    "Leave the manager key out to keep the manager as it is, or name the new manager's email");
            return null;
        }
        FieldRules.email(manager.name(), manager.pos(), "manager", own);
        return manager;
    }

    private static UserKey userKey(Node.MapNode map, Problems own) {
        List<UserKey> keys = new ArrayList<>();
        for (UserKey.Kind kind : UserKey.Kind.values()) {
            Ref ref = text(map.fields().get(kind.field()), own);
            if (ref != null) {
                keys.add(new UserKey(kind, ref.name().trim()));
                if (kind == UserKey.Kind.EMAIL) {
                    FieldRules.email(ref.name(), ref.pos(), "email", own);
                }
            }
        }
        if (keys.size() == 1 && !keys.get(0).value().isEmpty()) {
            return keys.get(0);
        }
        own.add(
                map.pos(),
                "user",
                "",
                keys.isEmpty() || keys.get(0).value().isEmpty()
                        ? "the user has no email, username or id"
                        : "the user is named more than one way",
                "Give exactly one of email, username or id");
        return null;
    }

    private void readQueue(Node node) {
        if (!(node instanceof Node.MapNode map)) {
            expected(node, "queues[]", "a mapping with name and wrapupCodes", problems);
            return;
        }
        queue(map).addTo(problems, queues);
    }

    /** One queue entry, valid exactly when it has no problems of its own. */
    private Entry<DesiredQueue> queue(Node.MapNode map) {
        Problems own = new Problems();
        checkKeys(map, QUEUE_KEYS, "queue", own);
        Ref name = text(map.fields().get("name"), own);
        if (name == null || name.name().isBlank()) {
            own.add(map.pos(), "queue", "", "the queue has no name", "Add 'name: <queue name>'");
            return Entry.unnamed(own);
        }
        Node.Field modeField = map.fields().get("wrapupCodes_mode");
        FacetMode mode = modeField == null ? null : mode(modeField.value(), "wrapupCodes_mode", own);
        List<Ref> codes = refs(map.fields().get("wrapupCodes"), own);
        return Entry.of(own, ok -> new DesiredQueue(name, codes == null ? List.of() : codes, mode, map.pos(), ok));
    }

    private List<Proficiency> proficiencies(Node.Field field, Problems own) {
        if (field == null) {
            return null;
        }
        if (field.value() instanceof Node.Scalar s && s.isNull()) {
            return List.of();
        }
        if (!(field.value() instanceof Node.MapNode map)) {
            expected(field.value(), field.key(), "a mapping of name: proficiency, e.g. { Billing: 4 }", own);
            return null;
        }
        List<Proficiency> out = new ArrayList<>();
        for (Node.Field entry : map.fields().values()) {
            String fieldName = field.key() + "." + entry.key();
            if (!(entry.value() instanceof Node.Scalar s) || s.isNull()) {
                own.add(
                        entry.value().pos(),
                        fieldName,
                        "",
                        "proficiency is missing or not a number",
                        "Write a number from 0 to 5, e.g. " + entry.key() + ": 4");
                continue;
            }
            Double value = FieldRules.proficiency(s.text(), s.pos(), fieldName, own);
            if (value != null) {
                out.add(new Proficiency(names.of(entry.key().trim()), value, entry.keyPos()));
            }
        }
        return out;
    }

    private List<Ref> refs(Node.Field field, Problems own) {
        if (field == null) {
            return null;
        }
        Node node = field.value();
        if (node instanceof Node.Scalar s && s.isNull()) {
            return List.of();
        }
        if (!(node instanceof Node.ListNode list)) {
            expected(node, field.key(), "a list of names, e.g. [ Billing Tier 1, Spanish Line ]", own);
            return null;
        }
        List<Ref> out = new ArrayList<>();
        for (Node item : list.items()) {
            if (item instanceof Node.Scalar s && !s.isNull() && !s.text().isBlank()) {
                out.add(new Ref(names.of(s.text().trim()), s.pos()));
            } else {
                expected(item, field.key() + "[]", "a name", own);
            }
        }
        return out;
    }

    private static Ref text(Node.Field field, Problems own) {
        if (field == null) {
            return null;
        }
        if (field.value() instanceof Node.Scalar s) {
            return new Ref(s.text(), s.pos());
        }
        expected(field.value(), field.key(), "a single value", own);
        return null;
    }

    private static void checkKeys(Node.MapNode map, Set<String> allowed, String where, Problems own) {
        for (Node.Field f : map.fields().values()) {
            if (!allowed.contains(f.key())) {
                String hint = "Allowed keys" + (where.isEmpty() ? "" : " of a " + where) + ": "
                        + String.join(", ", allowed.stream().sorted().toList());
                String close = NameSuggestions.closest(f.key(), allowed, 1);
                own.add(
                        f.keyPos(),
                        where.isEmpty() ? "key" : where + " key",
                        f.key(),
                        "unknown key",
                        close.isEmpty() ? hint : "Did you mean " + close + "? " + hint);
            }
        }
    }

    private static void expected(Node node, String field, String what, Problems into) {
        Pos pos = node.pos();
        into.add(pos, field, "", "expected " + what + ", found " + node.kindName(), "See docs/file-format.md");
    }
}
