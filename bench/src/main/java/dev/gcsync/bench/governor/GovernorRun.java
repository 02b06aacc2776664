package dev.gcsync.bench.governor;

import dev.gcsync.bench.common.Writes;
import dev.gcsync.genesys.ClientSettings;
import dev.gcsync.genesys.GenesysClient;
import dev.gcsync.genesys.GenesysException;
import dev.gcsync.genesys.model.Proficiency;
import dev.gcsync.governor.GovernorConfig;
import dev.gcsync.governor.GovernorListener;
import dev.gcsync.governor.TimeSource;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** The writes through gcsync's client: one governor for the token, {@code inFlight} requests at most. */
final class GovernorRun {
    private GovernorRun() {}

    /** Returns the number of failed writes; {@code startedAt[0]} gets the time of the first write. */
    static int run(
            ClientSettings settings,
            int inFlight,
            List<String> userIds,
            String skillId,
            double proficiency,
            TimeSource time,
            long[] startedAt)
            throws InterruptedException {
        GenesysClient client = new GenesysClient(
                settings.withGovernor(GovernorConfig.defaults().withConcurrency(inFlight)),
                time,
                () -> ThreadLocalRandom.current().nextDouble(),
                GovernorListener.none());
        client.readLimits(); // what the sync does first: one read of the limits API
        startedAt[0] = time.nanoTime();
        return Writes.run(userIds, inFlight, id -> {
            try {
                client.updateUserSkills(id, List.of(new Proficiency(skillId, proficiency)));
                return true;
            } catch (GenesysException e) {
                System.err.println("governor: " + e.getMessage());
                return false;
            }
        });
    }
}
