package dev.gcsync.emulator.seed;

import dev.gcsync.emulator.store.Assignment;
import dev.gcsync.emulator.store.Entity;
import dev.gcsync.emulator.store.GroupState;
import dev.gcsync.emulator.store.QueueState;
import dev.gcsync.emulator.store.StateSnapshot;
import dev.gcsync.emulator.store.UserRecord;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A messy org, deterministic by seed: what years of admins leave behind. On top of what a tidy org has:
 * inactive (4%) and deleted (2%) users, some of whom still manage active ones (always the second and third
 * user, who manage many); users with no manager, no
 * skills or no languages; usernames that are not emails; display names, skill, language, queue and wrap-up
 * code names with commas, quotes, semicolons, a leading {@code = + - @}, accents, CJK, emoji, a trailing space,
 * and names that differ only in case; skills and languages deleted from the org that users still hold; one
 * queue with 1,100 direct members (or every active user of a smaller org) and groups as members of several
 * queues; users spread over five divisions; one queue with 120 wrap-up codes; proficiencies 0 to 5 in halves.
 * The sources and assumptions behind each are in docs/emulator.md ("The messy org").
 */
public final class MessySeedGenerator {
    /** Members of the big queue: more than ten member pages of 100. */
    static final int BIG_QUEUE_MEMBERS = 1_100;
    /** Wrap-up codes of the queue that has the most: more than one POST of 100. */
    static final int MANY_CODES = 120;

    private final Draws random;

    public MessySeedGenerator(long seed) {
        this.random = new Draws(seed);
    }

    public StateSnapshot generate(int userCount) {
        List<Entity> divisions = random.entities(MessyVocabulary.DIVISIONS);
        List<Entity> liveSkills = random.entities(MessyVocabulary.SKILLS);
        List<Entity> deadSkills = deleted(MessyVocabulary.DELETED_SKILLS);
        List<Entity> liveLanguages = random.entities(MessyVocabulary.LANGUAGES);
        List<Entity> deadLanguages = deleted(MessyVocabulary.DELETED_LANGUAGES);
        List<Entity> codes = random.entities(codeNames());
        List<UserRecord> users = users(userCount, divisions, liveSkills, deadSkills, liveLanguages, deadLanguages);
        List<GroupState> groups = groups(users);
        List<QueueState> queues = queues(users, groups, divisions, codes);
        return new StateSnapshot(
                divisions,
                concat(liveSkills, deadSkills),
                concat(liveLanguages, deadLanguages),
                codes,
                groups,
                queues,
                users);
    }

    private static List<String> codeNames() {
        List<String> names = new ArrayList<>(MessyVocabulary.WRAPUP_CODES);
        for (int i = names.size(); i < MANY_CODES + 10; i++) {
            names.add(String.format(Locale.ROOT, "Outcome %03d", i));
        }
        return names;
    }

    private List<Entity> deleted(List<String> names) {
        return names.stream()
                .map(n -> new Entity(random.uuid(), n, Entity.DELETED))
                .toList();
    }

    private List<UserRecord> users(
            int count,
            List<Entity> divisions,
            List<Entity> skills,
            List<Entity> deadSkills,
            List<Entity> languages,
            List<Entity> deadLanguages) {
        Map<String, Integer> localsSeen = new HashMap<>();
        List<UserRecord> users = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String first = random.pick(MessyVocabulary.FIRST_NAMES);
            String last = random.pick(MessyVocabulary.LAST_NAMES);
            String email = email(first, last, localsSeen);
            String username = random.percent(30) ? username(first, last, i) : email;
            // users 1 and 2 (managers of many, as managers are drawn from the first 40) have left
            String state = i == 1
                    ? "inactive"
                    : i == 2 ? "deleted" : random.percent(4) ? "inactive" : random.percent(2) ? "deleted" : "active";
            String manager = i > 0 && random.percent(85)
                    ? users.get(random.nextInt(Math.min(i, 40))).id()
                    : null;
            List<Assignment> userSkills =
                    random.percent(6) ? List.of() : random.assignments(skills, 1, 6, MessyVocabulary.LEVELS);
            List<Assignment> userLanguages =
                    random.percent(6) ? List.of() : random.assignments(languages, 1, 3, MessyVocabulary.LEVELS);
            if (random.percent(8)) {
                userSkills = concat(
                        userSkills,
                        List.of(new Assignment(random.pick(deadSkills).id(), 3)));
            }
            if (random.percent(4)) {
                userLanguages = concat(
                        userLanguages,
                        List.of(new Assignment(random.pick(deadLanguages).id(), 2)));
            }
            users.add(new UserRecord(
                    random.uuid(),
                    first + " " + last,
                    email,
                    username,
                    random.pick(MessyVocabulary.DEPARTMENTS),
                    random.pick(MessyVocabulary.TITLES),
                    manager,
                    state,
                    1,
                    random.pick(divisions).id(),
                    false,
                    userSkills,
                    userLanguages));
        }
        return users;
    }

    /** A unique, ASCII email drawn from the name; some in mixed case, with a '+tag' or an apostrophe. */
    private String email(String first, String last, Map<String, Integer> seen) {
        String local = ascii(first) + "." + ascii(last);
        int n = seen.merge(local.toLowerCase(Locale.ROOT), 1, Integer::sum);
        String unique = n == 1 ? local : local + n;
        if (random.percent(5)) {
            unique = unique + "+cc";
        }
        String email = unique + "@example.com";
        return random.percent(5) ? capitalised(email) : email;
    }

    private String username(String first, String last, int i) {
        return random.percent(50)
                ? (ascii(first).charAt(0) + ascii(last)) + i
                : String.format(Locale.ROOT, "agent_%05d", i);
    }

    /** The name folded to ASCII letters (accents dropped), apostrophes kept; "x" when nothing is left. */
    private static String ascii(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9']", "");
        return folded.isEmpty() || folded.equals("'") ? "x" : folded;
    }

    private static String capitalised(String email) {
        StringBuilder out = new StringBuilder(email);
        out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
        int at = out.indexOf("@");
        out.setCharAt(at + 1, Character.toUpperCase(out.charAt(at + 1)));
        return out.toString();
    }

    private List<GroupState> groups(List<UserRecord> users) {
        List<GroupState> groups = new ArrayList<>();
        int size = Math.max(1, users.size() / 50);
        for (String name : MessyVocabulary.GROUPS) {
            Set<String> members = new LinkedHashSet<>();
            for (int i = 0; i < size && !users.isEmpty(); i++) {
                UserRecord u = random.pick(users);
                if (!u.state().equals("deleted")) {
                    members.add(u.id());
                }
            }
            groups.add(new GroupState(random.uuid(), name, List.copyOf(members)));
        }
        return groups;
    }

    /**
     * The first queue is the big one (1,100 direct members, and a group); the second has {@link #MANY_CODES}
     * wrap-up codes; every third queue has a group as member (some of whose users are also direct members).
     * Deleted users are members of no queue; inactive ones may be.
     */
    private List<QueueState> queues(
            List<UserRecord> users, List<GroupState> groups, List<Entity> divisions, List<Entity> codes) {
        List<String> names = MessyVocabulary.QUEUES;
        List<Set<String>> members = new ArrayList<>();
        names.forEach(n -> members.add(new LinkedHashSet<>()));
        List<UserRecord> members0 =
                users.stream().filter(u -> !u.state().equals("deleted")).toList();
        for (UserRecord u : members0) {
            if (members.get(0).size() < BIG_QUEUE_MEMBERS) {
                members.get(0).add(u.id());
            }
            int n = random.nextInt(4);
            for (int k = 0; k < n; k++) {
                members.get(1 + random.nextInt(names.size() - 1)).add(u.id());
            }
        }
        List<QueueState> queues = new ArrayList<>();
        for (int q = 0; q < names.size(); q++) {
            List<String> memberGroups =
                    q % 3 == 0 ? List.of(groups.get((q / 3) % groups.size()).id()) : List.of();
            List<String> queueCodes = q == 1
                    ? codes.subList(0, MANY_CODES).stream().map(Entity::id).toList()
                    : random.assignments(codes, 0, 8, List.of(1.0)).stream()
                            .map(Assignment::id)
                            .toList();
            queues.add(new QueueState(
                    random.uuid(),
                    names.get(q),
                    random.pick(divisions).id(),
                    List.copyOf(members.get(q)),
                    memberGroups,
                    queueCodes));
        }
        return queues;
    }

    @SafeVarargs
    private static <T> List<T> concat(List<T>... lists) {
        return Stream.of(lists).flatMap(List::stream).toList();
    }
}
