package dev.gcsync.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gcsync.emulator.store.StateSnapshot;
import dev.gcsync.governor.TimeSource;
import dev.gcsync.sync.apply.ApplyListener;
import dev.gcsync.sync.apply.StopRequest;
import dev.gcsync.sync.desired.DesiredStateReader;
import dev.gcsync.sync.journal.Journal;
import dev.gcsync.sync.journal.JournalException;
import dev.gcsync.sync.journal.ResumeChoice;
import dev.gcsync.sync.journal.RunInfo;
import dev.gcsync.sync.journal.RunStatus;
import dev.gcsync.sync.org.Catalogue;
import dev.gcsync.sync.org.Grants;
import dev.gcsync.sync.org.Membership;
import dev.gcsync.sync.org.OrgUser;
import dev.gcsync.sync.org.UserState;
import dev.gcsync.sync.org.WriteResult;
import dev.gcsync.sync.plan.Op;
import dev.gcsync.sync.plan.OrgApi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * The run lifecycle against a real emulator, real engine and real SQLite journal, on the sequences admins run:
 * apply file A, B or C; apply stopped by an operator after k requests; a process killed after k requests (with
 * the next request landed or not); resume; resume of an explicit older run. The rule: the org ends as the last
 * completed or resumed desired state says, a refused resume writes nothing, no run's status goes back, and at
 * most one run of the org is unfinished — the latest.
 */
class RunLifecycleIT {
    private static final int USERS = 4;
    private static final double[] VALUE = {1, 2, 3};

    private EmulatedOrg org;
    private StateSnapshot initial;
    private Path files;
    private List<OrgUser> listed;
    private String skillId;
    private String languageId;

    sealed interface Step permits Apply, Interrupt, Kill, Resume, ResumeRun {}

    /** {@code gcsync apply -f file} to the end. */
    record Apply(int file) implements Step {}

    /** Ctrl-C after {@code after} requests were answered. */
    record Interrupt(int file, int after) implements Step {}

    /** {@code kill -9} while request {@code after + 1} is in flight; it reached the server or not. */
    record Kill(int file, int after, boolean landed) implements Step {}

    /** {@code gcsync resume}. */
    record Resume() implements Step {}

    /** {@code gcsync resume RUN} for the run {@code back} runs before the latest. */
    record ResumeRun(int back) implements Step {}

    @BeforeProperty
    void start() throws IOException {
        org = EmulatedOrg.fast(8);
        initial = org.emulator.admin().exportState();
        var session = org.session(SyncOptions.defaults());
        Catalogue catalogue = session.api().readCatalogue();
        List<OrgUser> all = new ArrayList<>();
        session.api().forEachUser(all::add);
        all.sort(Comparator.comparing(OrgUser::email));
        listed = all.subList(0, USERS);
        skillId = catalogue.skills().get(0).id();
        languageId = catalogue.languages().get(0).id();
        files = Files.createTempDirectory("lifecycle-files");
        for (int f = 0; f < VALUE.length; f++) {
            StringBuilder yaml = new StringBuilder("users:\n");
            for (OrgUser u : listed) {
                yaml.append("  - email: ")
                        .append(u.email())
                        .append('\n')
                        .append("    skills: { \"")
                        .append(catalogue.skills().get(0).name())
                        .append("\": ")
                        .append(VALUE[f])
                        .append(" }\n")
                        .append("    languages: { \"")
                        .append(catalogue.languages().get(0).name())
                        .append("\": ")
                        .append(VALUE[f])
                        .append(" }\n");
            }
            Files.writeString(file(f), yaml);
        }
    }

    @AfterProperty
    void stop() throws IOException {
        org.close();
        try (Stream<Path> all = Files.walk(files)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private Path file(int f) {
        return files.resolve("desired-" + "ABC".charAt(f) + ".yaml");
    }

    @Provide
    Arbitrary<List<Step>> sequences() {
        Arbitrary<Integer> file = Arbitraries.integers().between(0, VALUE.length - 1);
        Arbitrary<Integer> after = Arbitraries.integers().between(0, 2 * USERS);
        Arbitrary<Step> step = Arbitraries.oneOf(
                file.map(Apply::new),
                Combinators.combine(file, after).as(Interrupt::new),
                Combinators.combine(file, after, Arbitraries.of(true, false)).as(Kill::new),
                Arbitraries.just(new Resume()),
                Arbitraries.integers().between(0, 3).map(ResumeRun::new));
        return step.list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 30)
    void theOrgEndsAsTheLastCompletedOrResumedDesiredStateSays(@ForAll("sequences") List<Step> steps)
            throws IOException {
        run(steps);
    }

    /** Why 1 of issue 14: Ctrl-C an apply, apply the same file to the end, apply a newer file, resume. */
    @Example
    void resumeNeverRevivesARunThatALaterRunSuperseded() throws IOException {
        run(List.of(new Interrupt(0, 2), new Apply(0), new Apply(1), new Resume(), new ResumeRun(2)));
    }

    /** A run killed with a request in flight, then a newer file applied, then the old run asked for by id. */
    @Example
    void aKilledRunIsRetiredByTheNextApplyAndCannotBeResumedAfter() throws IOException {
        run(List.of(new Kill(0, 3, true), new Apply(1), new ResumeRun(1), new Resume()));
    }

    private void run(List<Step> steps) throws IOException {
        org.emulator.admin().importState(initial);
        Path state = Files.createTempDirectory("lifecycle-state");
        try {
            Model model = new Model(state);
            for (Step step : steps) {
                model.take(step);
            }
            model.take(new Resume());
            model.assertLatestConvergedAndOrgAsItsFile();
        } finally {
            try (Stream<Path> all = Files.walk(state)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** What the sequence should have left: which file each run applied, and the last one completed. */
    private final class Model {
        private final Path state;
        private final Map<Long, Integer> fileOfRun = new HashMap<>();
        private final Set<Double> valuesWritten = new HashSet<>();
        private Map<Long, RunStatus> statuses = Map.of();

        Model(Path state) {
            this.state = state;
            for (OrgUser u : listed) {
                valuesWritten.add(skill(u));
            }
        }

        void take(Step step) throws IOException {
            try (Journal journal = Journal.open(state, Clock.systemUTC())) {
                if (step instanceof Apply a) {
                    completed(apply(journal, a.file(), ApplyListener.none(), null), a.file());
                } else if (step instanceof Interrupt i) {
                    interrupt(journal, i);
                } else if (step instanceof Kill k) {
                    kill(journal, k);
                } else if (step instanceof ResumeRun r) {
                    long latest =
                            journal.runs().isEmpty() ? 0 : journal.runs().get(0).id();
                    resume(journal, Optional.of(Math.max(1, latest - r.back())));
                } else {
                    resume(journal, Optional.empty());
                }
            }
            checkInvariants();
        }

        private void interrupt(Journal journal, Interrupt i) throws IOException {
            StopRequest stop = new StopRequest();
            AtomicInteger answered = new AtomicInteger();
            RunOutcome outcome = apply(
                    journal,
                    i.file(),
                    (op, result) -> {
                        if (answered.incrementAndGet() == i.after()) {
                            stop.request("interrupted by the test");
                        }
                    },
                    stop);
            if (outcome.report().summary().status().equals("CONVERGED")) {
                completed(outcome, i.file());
            } else {
                assertThat(outcome.report().summary().status()).isEqualTo("STOPPED");
                assertThat(outcome.exitCode()).isEqualTo(3);
            }
        }

        private RunOutcome apply(Journal journal, int file, ApplyListener listener, StopRequest stop)
                throws IOException {
            var session = org.session(new SyncOptions(1, false, -1, -1, true, 0, Duration.ZERO));
            return applyWith(session.engine(), journal, file, listener, stop == null ? new StopRequest() : stop);
        }

        private RunOutcome applyWith(
                SyncEngine engine, Journal journal, int file, ApplyListener listener, StopRequest stop)
                throws IOException {
            var read = new DesiredStateReader().read(List.of(file(file)));
            Prepared prepared = engine.prepare(read.state(), read.problems());
            valuesWritten.add(VALUE[file]);
            try {
                return engine.apply(prepared, journal, listener, stop);
            } finally {
                try (Journal fresh = Journal.open(state, Clock.systemUTC())) { // the other may be "killed"
                    fresh.runs().stream().findFirst().ifPresent(r -> fileOfRun.putIfAbsent(r.id(), file));
                }
            }
        }

        private void kill(Journal journal, Kill k) throws IOException {
            var session = org.session(SyncOptions.defaults());
            StopRequest stop = new StopRequest();
            OrgApi dying = new KilledAfter(session.api(), k.after(), k.landed(), () -> {
                stop.request("killed");
                journal.close();
            });
            SyncEngine engine = new SyncEngine(
                    dying,
                    new SyncOptions(1, false, -1, -1, true, 0, Duration.ZERO),
                    TimeSource.system(),
                    Clock.systemUTC(),
                    session.timeline(),
                    line -> {});
            try {
                RunOutcome outcome = applyWith(engine, journal, k.file(), ApplyListener.none(), stop);
                completed(outcome, k.file());
            } catch (JournalException killed) {
                // the process is gone: whatever it journaled stays as it was
                try (Journal after = Journal.open(state, Clock.systemUTC())) {
                    assertThat(after.runs().get(0).status()).isEqualTo(RunStatus.RUNNING);
                }
            }
        }

        private void resume(Journal journal, Optional<Long> asked) {
            var session = org.session(new SyncOptions(1, true, -1, -1, true, 0, Duration.ZERO));
            ResumeChoice choice = ResumeChoice.of(journal.runs(), session.api().target(), asked);
            long writesBefore = writes();
            if (choice.run().isEmpty()) {
                if (choice.refused()) {
                    assertThatThrownBy(
                                    () -> session.engine().resume(asked.orElseThrow(), journal, ApplyListener.none()))
                            .isInstanceOf(JournalException.class);
                }
                assertThat(writes())
                        .as("a refused resume writes nothing: " + choice.message())
                        .isEqualTo(writesBefore);
                return;
            }
            long id = choice.run().get().id();
            RunOutcome outcome = session.engine().resume(id, journal, ApplyListener.none());
            completed(outcome, fileOfRun.get(id));
        }

        private void completed(RunOutcome outcome, int file) {
            assertThat(outcome.report().summary().status())
                    .as(outcome.report().summary().notes().toString())
                    .isEqualTo("CONVERGED");
            assertOrgIs(file);
        }

        private void checkInvariants() {
            try (Journal journal = Journal.open(state, Clock.systemUTC())) {
                List<RunInfo> runs = journal.runs();
                List<RunInfo> unfinished =
                        runs.stream().filter(r -> r.status().unfinished()).toList();
                assertThat(unfinished)
                        .as("at most one unfinished run, the latest")
                        .hasSizeLessThanOrEqualTo(1);
                unfinished.forEach(r -> assertThat(r.id()).isEqualTo(runs.get(0).id()));
                Map<Long, RunStatus> now = new HashMap<>();
                for (RunInfo r : runs) {
                    now.put(r.id(), r.status());
                    RunStatus was = statuses.get(r.id());
                    // one step is one process: a resume moves a run through RUNNING to where it ends
                    boolean forward = was == null
                            || was == r.status()
                            || was.canBecome(r.status())
                            || was.canBecome(RunStatus.RUNNING) && RunStatus.RUNNING.canBecome(r.status());
                    assertThat(forward)
                            .as("run " + r.id() + " went " + was + " → " + r.status())
                            .isTrue();
                    if (r.status() == RunStatus.SUPERSEDED) {
                        assertThat(r.supersededBy()).isGreaterThan(r.id());
                    }
                }
                statuses = now;
            }
            for (OrgUser u : listed) {
                assertThat(valuesWritten)
                        .as("nothing but a file's value is written")
                        .contains(skill(u));
            }
        }

        void assertLatestConvergedAndOrgAsItsFile() {
            try (Journal journal = Journal.open(state, Clock.systemUTC())) {
                if (journal.runs().isEmpty()) {
                    return;
                }
                RunInfo latest = journal.runs().get(0);
                assertThat(latest.status()).isEqualTo(RunStatus.CONVERGED);
                assertOrgIs(fileOfRun.get(latest.id()));
            }
        }

        private void assertOrgIs(int file) {
            var api = org.session(SyncOptions.defaults()).api();
            for (OrgUser u : listed) {
                OrgUser now = api.readUser(u.id());
                assertThat(now.skills()).as(u.email() + " skills").containsEntry(skillId, VALUE[file]);
                assertThat(now.languages()).as(u.email() + " languages").containsEntry(languageId, VALUE[file]);
            }
        }

        private double skill(OrgUser u) {
            Double value = org.session(SyncOptions.defaults())
                    .api()
                    .readUser(u.id())
                    .skills()
                    .get(skillId);
            return value == null ? -1 : value;
        }
    }

    private long writes() {
        return org.emulator.admin().counters().writes().values().stream()
                .mapToLong(Long::longValue)
                .sum();
    }

    /** The real org API, with the process "killed" (the journal closed) when write {@code after + 1} is sent. */
    private record KilledAfter(OrgApi api, int after, boolean landed, Runnable kill, AtomicInteger sent)
            implements OrgApi {
        KilledAfter(OrgApi api, int after, boolean landed, Runnable kill) {
            this(api, after, landed, kill, new AtomicInteger());
        }

        @Override
        public WriteResult write(Op op) {
            if (sent.incrementAndGet() != after + 1) {
                return api.write(op);
            }
            if (landed) {
                WriteResult result = api.write(op);
                kill.run();
                return result;
            }
            kill.run();
            throw new IllegalStateException("killed before the request left");
        }

        @Override
        public Catalogue readCatalogue() {
            return api.readCatalogue();
        }

        @Override
        public void forEachUser(Consumer<OrgUser> sink) {
            api.forEachUser(sink);
        }

        @Override
        public void forEachUser(UserState state, Consumer<String> notices, Consumer<OrgUser> sink) {
            api.forEachUser(state, notices, sink);
        }

        @Override
        public Optional<Grants> grants(Set<String> permissions) {
            return api.grants(permissions);
        }

        @Override
        public Catalogue withDeletedSeen(Catalogue catalogue) {
            return api.withDeletedSeen(catalogue);
        }

        @Override
        public OrgUser readUser(String userId) {
            return api.readUser(userId);
        }

        @Override
        public Map<String, Membership> readMembers(String queueId) {
            return api.readMembers(queueId);
        }

        @Override
        public Set<String> readQueueWrapupCodes(String queueId) {
            return api.readQueueWrapupCodes(queueId);
        }

        @Override
        public double allowedRate() {
            return api.allowedRate();
        }

        @Override
        public String target() {
            return api.target();
        }
    }
}
