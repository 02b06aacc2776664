package dev.gcsync.sync.plan;

import dev.gcsync.sync.desired.Facet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders a plan as a readable diff with totals and the estimated duration at the org's rate limit. */
public final class PlanPrinter {
    /**
     * A rate at or above which the org is taken as unlimited (an emulator's unlimited profile): Genesys allows
     * 300 requests per minute per token, so no real org comes within orders of magnitude of it.
     */
    static final double NO_LIMIT_RATE = 100_000;

    private final int maxEntities;

    /** @param maxEntities users and queues printed in full; the rest are counted ({@code Integer.MAX_VALUE} for all) */
    public PlanPrinter(int maxEntities) {
        this.maxEntities = maxEntities;
    }

    /**
     * @param allowedPerSecond the org's rate (limit ÷ window); 0 when unknown
     */
    public String render(Plan plan, double allowedPerSecond) {
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (UserPlan user : plan.users()) {
            if (shown++ >= maxEntities) {
                break;
            }
            out.append(user.label()).append('\n');
            lines(user.changes()).forEach(l -> out.append("  ").append(l).append('\n'));
        }
        for (QueuePlan queue : plan.queues()) {
            if (shown++ >= maxEntities) {
                break;
            }
            out.append("queue ").append(queue.name()).append('\n');
            lines(queue.changes()).forEach(l -> out.append("  ").append(l).append('\n'));
        }
        int hidden = plan.users().size() + plan.queues().size() - Math.min(shown, maxEntities);
        if (hidden > 0) {
            out.append("… and ")
                    .append(hidden)
                    .append(" more users and queues (gcsync plan --show N prints more; -o saves all)\n");
        }
        if (shown > 0) {
            out.append('\n');
        }
        out.append(totals(plan, allowedPerSecond)).append(kept(plan));
        return out.toString();
    }

    /**
     * One entity's lines in a stable order (by what, then name): the real changes first, then the memberships
     * through a group (kept, not changed) as one count line when there are several, so that hundreds of them
     * never bury a change.
     */
    static List<String> lines(List<Change> changes) {
        Comparator<Change> order =
                Comparator.comparing(Change::what).thenComparing(Change::name).thenComparing(Change::kind);
        List<String> out = new ArrayList<>();
        changes.stream()
                .filter(c -> c.kind() != Change.Kind.GROUP_KEPT)
                .sorted(order)
                .forEach(c -> out.add(c.describe()));
        List<Change> kept = changes.stream()
                .filter(c -> c.kind() == Change.Kind.GROUP_KEPT)
                .sorted(order)
                .toList();
        if (kept.size() == 1) {
            out.add(kept.get(0).describe());
        } else if (kept.size() > 1) {
            out.add(String.format(
                    Locale.ROOT,
                    "%s %d %ss through a group (not removed: Genesys manages them through" + " the group)",
                    Change.Kind.GROUP_KEPT.symbol(),
                    kept.size(),
                    kept.get(0).what()));
        }
        return out;
    }

    /** The closing lines: counts, requests by kind, removals and the estimate. */
    public static String totals(Plan plan, double allowedPerSecond) {
        if (plan.isEmpty()) {
            return String.format(
                    Locale.ROOT,
                    "No changes: the %d listed users and the listed queues are already in" + " the desired state.%n",
                    plan.unchangedListed());
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "Plan: %d users to change, %d unchanged, %d queues' wrap-up codes to change.%n",
                plan.changedUsers(),
                plan.unchangedListed(),
                plan.queues().size()));
        out.append(String.format(
                Locale.ROOT, "Requests: %d (%s); removals: %d.%n", plan.ops().size(), byKind(plan), plan.removals()));
        if (allowedPerSecond >= NO_LIMIT_RATE) {
            out.append(String.format(
                    Locale.ROOT,
                    "No rate limit: the estimate is the request count (%d requests).%n",
                    plan.ops().size()));
        } else if (allowedPerSecond > 0) {
            Duration eta = Duration.ofMillis((long) Math.ceil(plan.ops().size() / allowedPerSecond * 1000));
            out.append(String.format(
                    Locale.ROOT, "Estimated duration at %s requests/s: %s.%n", trim(allowedPerSecond), human(eta)));
        }
        return out.toString();
    }

    /**
     * One line per additive facet that keeps assignments the file does not list, with the mode that would
     * remove them: "7 skill assignments on 5 users are not in the file and are kept (additive mode); …".
     */
    public static String kept(Plan plan) {
        StringBuilder out = new StringBuilder();
        for (Plan.Kept k : plan.kept()) {
            boolean codes = k.facet() == Facet.WRAPUP_CODES;
            String what =
                    switch (k.facet()) {
                        case SKILLS -> "skill assignment";
                        case LANGUAGES -> "language assignment";
                        case QUEUES -> "queue membership";
                        case WRAPUP_CODES -> "wrap-up code";
                    };
            out.append(String.format(
                    Locale.ROOT,
                    "Kept: %d %s%s on %d %s%s %s not in the file and %s kept (additive"
                            + " mode); use --mode %s=authoritative%s to remove them.%n",
                    k.assignments(),
                    what,
                    k.assignments() == 1 ? "" : "s",
                    k.entities(),
                    codes ? "queue" : "user",
                    k.entities() == 1 ? "" : "s",
                    k.assignments() == 1 ? "is" : "are",
                    k.assignments() == 1 ? "is" : "are",
                    k.facet().key(),
                    codes ? " (or wrapupCodes_mode: authoritative on the queue)" : ""));
        }
        return out.toString();
    }

    private static String byKind(Plan plan) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Op op : plan.ops()) {
            String kind;
            if (op instanceof Op.SetSkills || op instanceof Op.RemoveSkill) {
                kind = "skills";
            } else if (op instanceof Op.SetLanguages || op instanceof Op.RemoveLanguage) {
                kind = "languages";
            } else if (op instanceof Op.UpdateProfile) {
                kind = "profile";
            } else if (op instanceof Op.AddMembers || op instanceof Op.RemoveMembers) {
                kind = "queue membership";
            } else {
                kind = "wrap-up codes";
            }
            counts.merge(kind, 1, Integer::sum);
        }
        StringBuilder sb = new StringBuilder();
        counts.forEach((k, v) ->
                sb.append(sb.length() == 0 ? "" : ", ").append(v).append(' ').append(k));
        return sb.toString();
    }

    private static String trim(double rate) {
        return rate == Math.rint(rate) ? String.valueOf((long) rate) : String.format(Locale.ROOT, "%.2f", rate);
    }

    /** 1h 02m 03s / 4m 05s / 12s. */
    public static String human(Duration d) {
        long s = Math.max(0, (d.toMillis() + 999) / 1000);
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%dh %02dm %02ds", s / 3600, s % 3600 / 60, s % 60);
        }
        if (s >= 60) {
            return String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60);
        }
        return s + "s";
    }
}
