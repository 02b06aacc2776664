package dev.gcsync.sync.engine;

import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.genesys.ClientSettings;
import dev.gcsync.genesys.GenesysClient;
import dev.gcsync.genesys.Secret;
import dev.gcsync.governor.TimeSource;
import dev.gcsync.sync.desired.DesiredStateReader;
import dev.gcsync.sync.org.genesys.GenesysOrgApi;
import dev.gcsync.sync.report.TimelineRecorder;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The child JVM of {@link BoundedHeapPlanIT}: reads a desired-state file and prepares it (reads the org, resolves,
 * plans) against the org at {@code args[0]}, as {@code gcsync plan} does, under whatever heap its JVM was given;
 * then prints what it planned. An {@link OutOfMemoryError} ends it with a non-zero exit.
 */
public final class PlanUnderHeap {
    private PlanUnderHeap() {}

    /** @param args the org's base URL, the desired-state file */
    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        TimelineRecorder timeline = new TimelineRecorder(TimeSource.system());
        GenesysClient client = new GenesysClient(
                ClientSettings.forUrls(
                        base, base, EmulatorConfig.DEFAULT_CLIENT_ID, new Secret(EmulatorConfig.DEFAULT_CLIENT_SECRET)),
                TimeSource.system(),
                () -> ThreadLocalRandom.current().nextDouble(),
                timeline);
        SyncEngine engine = new SyncEngine(
                new GenesysOrgApi(client, args[0]),
                SyncOptions.defaults(),
                TimeSource.system(),
                Clock.systemUTC(),
                timeline,
                line -> {});
        var read = new DesiredStateReader().read(List.of(Path.of(args[1])));
        Prepared prepared = engine.prepare(read.state(), read.problems());
        System.out.println("listed " + prepared.desired().users().size()
                + ", changed " + prepared.plan().changedUsers()
                + ", problems " + prepared.problems().size());
    }
}
