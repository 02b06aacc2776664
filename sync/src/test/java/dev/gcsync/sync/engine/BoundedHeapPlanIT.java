package dev.gcsync.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.emulator.store.Assignment;
import dev.gcsync.emulator.store.Entity;
import dev.gcsync.emulator.store.QueueState;
import dev.gcsync.emulator.store.StateSnapshot;
import dev.gcsync.emulator.store.UserRecord;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression test for the S4 heap regression (docs/benchmarks.md, S4): planning 100,000 listed users ran out of
 * the launcher's default 300 MB heap because resolving kept per-entry copies (a label string, a list of entries
 * per org user, a boxed number per proficiency) on top of an org and a file read with a new string for every name
 * they repeat. Here a nightly-export-shaped file (every user listed with all their skills and queues, one in 50
 * changed) is planned against an emulated org of {@link #USERS} users in a child JVM with a heap of
 * {@link #HEAP_MB} MB (2.7 KB per listed user; the launcher gives 3 KB to each of 100,000).
 *
 * <p>Measured on 20,000 users (2026-12-04, {@code -Dgcsync.heapPlan.mb=N}): the fixed code plans in 39 MB and
 * runs out at 36; the code before the fix runs out at 64 MB and plans at 80. So the per-entry footprint of
 * before the fix fails this test, and the fixed code has about a third of its heap to spare.
 */
class BoundedHeapPlanIT {
    /** Users of the org, all listed. */
    static final int USERS = Integer.getInteger("gcsync.heapPlan.users", 20_000);
    /** The child's heap (serial collector: the heap is the limit, not a collector's pacing). */
    static final int HEAP_MB = Integer.getInteger("gcsync.heapPlan.mb", 52);

    private static final int CHANGE_EVERY = 50;

    @TempDir
    Path dir;

    @Test
    void plansTwentyThousandListedUsersInTheHeapTheLauncherGivesTheirShareOf() throws Exception {
        try (EmulatedOrg org = EmulatedOrg.fast(USERS)) {
            Path file = dir.resolve("desired.yaml");
            Export export = writeNightlyExport(org.emulator.admin().exportState(), file);
            Path output = dir.resolve("child.out");
            Process child = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx" + HEAP_MB + "m",
                            "-XX:+UseSerialGC",
                            "-XX:+ExitOnOutOfMemoryError",
                            "-cp",
                            System.getProperty("java.class.path"),
                            PlanUnderHeap.class.getName(),
                            org.emulator.baseUrl(),
                            file.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            boolean ended = child.waitFor(3, TimeUnit.MINUTES);
            if (!ended) {
                child.destroyForcibly();
            }
            String said = Files.readString(output);

            assertThat(ended)
                    .as("the child ended within 3 minutes; it said:%n%s", said)
                    .isTrue();
            assertThat(child.exitValue())
                    .as("the child's exit; it said:%n%s", said)
                    .isZero();
            assertThat(export.listed()).isGreaterThan(USERS * 9 / 10);
            assertThat(said).contains("listed " + export.listed() + ", changed " + export.changed() + ", problems 0");
        }
    }

    /**
     * Every user with all their skills and the queues they are a direct member of, as a nightly export lists
     * them (active users and skills); every {@link #CHANGE_EVERY}th user gets one skill added at 3 or re-rated
     * one step.
     */
    private static Export writeNightlyExport(StateSnapshot org, Path file) throws IOException {
        List<Entity> activeSkills = org.skills().stream()
                .filter(s -> Entity.ACTIVE.equals(s.state()))
                .toList();
        Map<String, String> skillNames = new HashMap<>();
        activeSkills.forEach(s -> skillNames.put(s.id(), s.name()));
        Map<String, List<String>> queuesOf = new HashMap<>();
        for (QueueState q : org.queues()) {
            q.members().forEach(u -> queuesOf.computeIfAbsent(u, k -> new ArrayList<>())
                    .add(q.name()));
        }
        int listed = 0;
        int changed = 0;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("users:\n");
            for (int i = 0; i < org.users().size(); i++) {
                UserRecord u = org.users().get(i);
                if (!"active".equals(u.state())) {
                    continue;
                }
                Map<String, Double> skills = new LinkedHashMap<>();
                for (Assignment a : u.skills()) {
                    if (skillNames.containsKey(a.id())) {
                        skills.put(skillNames.get(a.id()), a.proficiency());
                    }
                }
                if (i % CHANGE_EVERY == 0) {
                    String name = activeSkills.get(i % activeSkills.size()).name();
                    Double now = skills.get(name);
                    skills.put(name, now == null ? 3.0 : now >= 5 ? 4.0 : Math.floor(now) + 1);
                    changed++;
                }
                listed++;
                out.write("- email: " + quoted(u.email()) + "\n  skills: {");
                String comma = "";
                for (var s : skills.entrySet()) {
                    out.write(comma + quoted(s.getKey()) + ": " + s.getValue());
                    comma = ", ";
                }
                out.write("}\n  queues: [");
                comma = "";
                for (String q : queuesOf.getOrDefault(u.id(), List.of())) {
                    out.write(comma + quoted(q));
                    comma = ", ";
                }
                out.write("]\n");
            }
        }
        return new Export(listed, changed);
    }

    /** How many users a written file lists, and how many of them it changes. */
    private record Export(int listed, int changed) {}

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
