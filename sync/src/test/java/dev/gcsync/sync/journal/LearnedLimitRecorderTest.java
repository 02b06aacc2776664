package dev.gcsync.sync.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.governor.GovernorEvent;
import dev.gcsync.governor.LearnedLimit;
import dev.gcsync.governor.ScopeKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The governor measures under its lock and announces after, each on its own thread: the announcements can
 * arrive out of order (why {@code LearnedLimitsIT} once stored 8 or 9 of a bucket of 10 on a loaded machine).
 * What stays stored is what the governor holds, whatever the order.
 */
class LearnedLimitRecorderTest {
    private static final Instant AT = Instant.parse("2026-12-04T02:10:40Z");

    @TempDir
    Path dir;

    private static LearnedLimit users(int limit, int secondsAfter) {
        return new LearnedLimit("users:write", limit, Duration.ofSeconds(2), AT.plusSeconds(secondsAfter));
    }

    private static GovernorEvent learned(LearnedLimit l) {
        return new GovernorEvent.LimitLearned(l);
    }

    @Test
    void aStaleAnnouncementArrivingLastDoesNotReplaceTheLatestMeasurement() {
        LearnedLimitStore store = new LearnedLimitStore(dir);
        List<LearnedLimit> held = new CopyOnWriteArrayList<>(List.of(users(10, 0)));
        LearnedLimitRecorder recorder = new LearnedLimitRecorder(store, "org", () -> held);

        // the refusal counted 8 (two accepted answers in flight); their corrections made 9, then 10; the
        // refusal's thread was descheduled (it logs first) and announces 8 last
        recorder.onEvent(learned(users(9, 0)));
        recorder.onEvent(learned(users(10, 0)));
        recorder.onEvent(learned(users(8, 0)));

        assertThat(store.all("org")).extracting(LearnedLimit::limit).containsExactly(10);
    }

    @Test
    void withoutTheGovernorsViewTheAnnouncementIsSaved() {
        LearnedLimitStore store = new LearnedLimitStore(dir);
        LearnedLimitRecorder recorder = new LearnedLimitRecorder(store, "org", List::of);
        LearnedLimit shared = new LearnedLimit("routing:write", 18, Duration.ofSeconds(5), AT, ScopeKind.ORG, true);

        recorder.onEvent(learned(shared));
        recorder.onEvent(new GovernorEvent.Sent("routing:write", 1, 0));

        assertThat(store.all("org")).containsExactly(shared);
    }

    /** Announcements in any order, from several threads: the stored one is the governor's last measurement. */
    @Property(tries = 6)
    void whateverTheOrderTheLastMeasurementStays(
            @ForAll @IntRange(min = 1, max = 4) int corrections, @ForAll @IntRange(min = 2, max = 3) int threads)
            throws Exception {
        Path db = Files.createTempDirectory("learned");
        LearnedLimitStore store = new LearnedLimitStore(db);
        int last = 8 + corrections;
        List<LearnedLimit> held = new CopyOnWriteArrayList<>(List.of(users(last, 0)));
        LearnedLimitRecorder recorder = new LearnedLimitRecorder(store, "org", () -> held);
        List<Thread> senders = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            Thread sender = new Thread(() -> {
                for (int limit = 8 + offset % (corrections + 1); limit <= last; limit++) {
                    recorder.onEvent(learned(users(limit, 0)));
                }
                recorder.onEvent(learned(users(8, 0)));
            });
            sender.start();
            senders.add(sender);
        }
        for (Thread t : senders) {
            t.join();
        }

        try {
            assertThat(store.all("org")).extracting(LearnedLimit::limit).containsExactly(last);
        } finally {
            try (var files = Files.walk(db)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }
}
