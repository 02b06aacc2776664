package dev.gcsync.sync.plan;

import dev.gcsync.sync.desired.Facet;
import dev.gcsync.sync.desired.FacetMode;
import dev.gcsync.sync.desired.Modes;
import dev.gcsync.sync.org.Membership;
import dev.gcsync.sync.org.OrgUser;
import dev.gcsync.sync.resolve.ResolvedUser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The difference between one user as desired and as read: readable changes, the user's own writes
 * (skills, languages, profile) and the queue memberships to add or remove (batched per queue by the
 * {@link Planner}). A pure function of its inputs.
 */
final class UserDiff {
    /** Skills and languages per bulk call (skills: assumed, as Genesys' Terraform provider; languages: documented). */
    static final int BULK_MAX = 50;

    final List<Change> changes = new ArrayList<>();
    final List<Op> ops = new ArrayList<>();
    final List<String> queuesToJoin = new ArrayList<>();
    final List<String> queuesToLeave = new ArrayList<>();

    UserDiff(
            ResolvedUser want,
            OrgUser have,
            Map<String, Membership> memberships,
            Set<String> queuesRead,
            Modes modes,
            Names names) {
        diffSkills(want, have, modes.of(Facet.SKILLS), names);
        diffLanguages(want, have, modes.of(Facet.LANGUAGES), names);
        diffProfile(want, have, names);
        diffQueues(want, memberships, queuesRead, modes.of(Facet.QUEUES), names);
    }

    private void diffSkills(ResolvedUser want, OrgUser have, FacetMode mode, Names names) {
        if (want.skills() == null) {
            return;
        }
        Map<String, Double> current = have.skills() == null ? Map.of() : have.skills();
        Map<String, Double> changed = proficiencyChanges(want.skills(), current, "skill", names::skill);
        boolean removes = false;
        if (mode == FacetMode.AUTHORITATIVE) {
            for (String id : sorted(current.keySet())) {
                if (!want.skills().containsKey(id)) {
                    changes.add(new Change(Change.Kind.REMOVE, "skill", names.skill(id), fmt(current.get(id)), ""));
                    removes = true;
                }
            }
        }
        if (removes && want.skills().isEmpty()) {
            sorted(current.keySet()).forEach(id -> ops.add(new Op.RemoveSkill(want.userId(), id)));
        } else if (removes) {
            // PUT replaces the whole set; it carries at most BULK_MAX skills, the rest follow by PATCH.
            List<Map<String, Double>> chunks = chunks(new TreeMap<>(want.skills()));
            ops.add(new Op.SetSkills(want.userId(), true, chunks.get(0)));
            chunks.subList(1, chunks.size()).forEach(c -> ops.add(new Op.SetSkills(want.userId(), false, c)));
        } else {
            chunks(changed).forEach(c -> ops.add(new Op.SetSkills(want.userId(), false, c)));
        }
    }

    private void diffLanguages(ResolvedUser want, OrgUser have, FacetMode mode, Names names) {
        if (want.languages() == null) {
            return;
        }
        Map<String, Double> current = have.languages() == null ? Map.of() : have.languages();
        Map<String, Double> changed = proficiencyChanges(want.languages(), current, "language", names::language);
        chunks(changed).forEach(c -> ops.add(new Op.SetLanguages(want.userId(), c)));
        if (mode == FacetMode.AUTHORITATIVE) {
            for (String id : sorted(current.keySet())) {
                if (!want.languages().containsKey(id)) {
                    changes.add(
                            new Change(Change.Kind.REMOVE, "language", names.language(id), fmt(current.get(id)), ""));
                    ops.add(new Op.RemoveLanguage(want.userId(), id));
                }
            }
        }
    }

    private Map<String, Double> proficiencyChanges(
            Map<String, Double> want, Map<String, Double> current, String what, Function<String, String> name) {
        Map<String, Double> changed = new TreeMap<>();
        for (Map.Entry<String, Double> e : new TreeMap<>(want).entrySet()) {
            Double now = current.get(e.getKey());
            if (now == null) {
                changes.add(new Change(Change.Kind.ADD, what, name.apply(e.getKey()), "", fmt(e.getValue())));
                changed.put(e.getKey(), e.getValue());
            } else if (Double.compare(now, e.getValue()) != 0) {
                changes.add(new Change(Change.Kind.UPDATE, what, name.apply(e.getKey()), fmt(now), fmt(e.getValue())));
                changed.put(e.getKey(), e.getValue());
            }
        }
        return changed;
    }

    private void diffProfile(ResolvedUser want, OrgUser have, Names names) {
        ProfileDiff diff = ProfileDiff.of(want, have);
        if (diff.title() != null) {
            changes.add(new Change(Change.Kind.UPDATE, "title", "", show(have.title()), diff.title()));
        }
        if (diff.department() != null) {
            changes.add(new Change(Change.Kind.UPDATE, "department", "", show(have.department()), diff.department()));
        }
        if (diff.managerId() != null) {
            changes.add(new Change(
                    Change.Kind.UPDATE,
                    "manager",
                    "",
                    show(names.user(have.managerId())),
                    names.user(diff.managerId())));
        }
        diff.op(want.userId(), have.version()).ifPresent(ops::add);
    }

    private void diffQueues(
            ResolvedUser want,
            Map<String, Membership> memberships,
            Set<String> queuesRead,
            FacetMode mode,
            Names names) {
        if (want.queues() == null) {
            return;
        }
        for (String q : sorted(want.queues())) {
            if (!memberships.containsKey(q)) {
                changes.add(new Change(Change.Kind.ADD, "queue", names.queue(q), "", ""));
                queuesToJoin.add(q);
            }
        }
        if (mode != FacetMode.AUTHORITATIVE) {
            return;
        }
        for (Map.Entry<String, Membership> m : new TreeMap<>(memberships).entrySet()) {
            String q = m.getKey();
            if (want.queues().contains(q) || !queuesRead.contains(q)) {
                continue;
            }
            if (m.getValue() == Membership.GROUP) {
                changes.add(new Change(Change.Kind.GROUP_KEPT, "queue", names.queue(q), "", ""));
            } else {
                changes.add(new Change(Change.Kind.REMOVE, "queue", names.queue(q), "", ""));
                queuesToLeave.add(q);
            }
        }
    }

    private static String show(String value) {
        return value == null || value.isEmpty() ? "(none)" : value;
    }

    static String fmt(Double value) {
        if (value == null) {
            return "";
        }
        return value == Math.rint(value) ? String.valueOf(value.longValue()) : String.valueOf(value);
    }

    private static List<String> sorted(Set<String> ids) {
        return ids.stream().sorted().toList();
    }

    private static List<Map<String, Double>> chunks(Map<String, Double> entries) {
        List<Map<String, Double>> out = new ArrayList<>();
        Map<String, Double> current = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : entries.entrySet()) {
            current.put(e.getKey(), e.getValue());
            if (current.size() == BULK_MAX) {
                out.add(current);
                current = new LinkedHashMap<>();
            }
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }
}
