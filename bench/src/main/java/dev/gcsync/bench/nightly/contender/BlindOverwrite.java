package dev.gcsync.bench.nightly.contender;

import dev.gcsync.bench.common.Writes;
import dev.gcsync.bench.nightly.scenario.Desired;
import dev.gcsync.bench.nightly.scenario.QueueWant;
import dev.gcsync.bench.nightly.scenario.UserWant;
import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.store.Entity;
import dev.gcsync.genesys.ClientSettings;
import dev.gcsync.genesys.GenesysClient;
import dev.gcsync.genesys.Secret;
import dev.gcsync.genesys.model.Proficiency;
import dev.gcsync.governor.GovernorConfig;
import dev.gcsync.governor.GovernorListener;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleSupplier;
import java.util.random.RandomGenerator;

/**
 * Every listed user written every night, no read and no diff, through gcsync's client and governor (8 in
 * flight): {@code PUT …/routingskills/bulk} with the user's listed skills, {@code POST …/members} of every
 * listed membership (100 per call, per queue), and per managed queue a {@code POST …/wrapupcodes} of its
 * codes and a {@code DELETE} of every other code of the catalogue (404 = already absent). Isolates what
 * diffing saves.
 */
public final class BlindOverwrite implements Contender {
    static final int IN_FLIGHT = 8;

    @Override
    public String name() {
        return "blind-overwrite";
    }

    @Override
    public Outcome run(Arena arena) throws Exception {
        long start = arena.time().nanoTime();
        URI base = URI.create(arena.baseUrl());
        ClientSettings settings = ClientSettings.forUrls(
                        base, base, EmulatorConfig.DEFAULT_CLIENT_ID, new Secret(EmulatorConfig.DEFAULT_CLIENT_SECRET))
                .withGovernor(GovernorConfig.defaults().withConcurrency(IN_FLIGHT));
        RandomGenerator random = arena.random();
        DoubleSupplier jitter = () -> {
            synchronized (random) { // the governor draws from several threads; the arena's random is not thread-safe
                return random.nextDouble();
            }
        };
        GenesysClient client = new GenesysClient(settings, arena.time(), jitter, GovernorListener.none());
        client.readLimits();
        AtomicBoolean capped = new AtomicBoolean();
        int failed = Writes.run(
                writes(arena.desired(), client),
                IN_FLIGHT,
                write -> {
                    if (arena.pastDeadline()) {
                        capped.set(true);
                        return false;
                    }
                    try {
                        write.run();
                        return true;
                    } catch (RuntimeException e) {
                        return false;
                    }
                },
                arena.time(),
                arena.deadlineNanos());
        capped.compareAndSet(false, arena.pastDeadline());
        double wall = (arena.time().nanoTime() - start) / 1e9;
        return new Outcome(
                wall,
                null,
                (capped.get() ? "capped at " + arena.scenario().contenderCap().toSeconds() + " s; " : "") + failed
                        + " calls failed");
    }

    private static List<Runnable> writes(Desired d, GenesysClient client) {
        List<Runnable> out = new ArrayList<>(d.users().size() + 500);
        Map<String, List<String>> members = new LinkedHashMap<>();
        for (UserWant u : d.users()) {
            List<Proficiency> skills = u.skills().entrySet().stream()
                    .map(e -> new Proficiency(e.getKey(), e.getValue()))
                    .toList();
            out.add(() -> client.replaceUserSkills(u.id(), skills));
            u.queues().forEach(q -> members.computeIfAbsent(q, k -> new ArrayList<>())
                    .add(u.id()));
        }
        members.forEach((queue, ids) -> {
            for (int i = 0; i < ids.size(); i += GenesysClient.MAX_IDS_PER_QUEUE_CALL) {
                List<String> batch = ids.subList(i, Math.min(ids.size(), i + GenesysClient.MAX_IDS_PER_QUEUE_CALL));
                out.add(() -> client.addQueueMembers(queue, batch));
            }
        });
        for (QueueWant q : d.queues()) {
            out.add(() -> client.addQueueWrapupCodes(q.id(), q.codes()));
            d.initial().wrapupCodes().stream()
                    .map(Entity::id)
                    .filter(c -> !q.codes().contains(c))
                    .forEach(c -> out.add(() -> client.removeQueueWrapupCode(q.id(), c)));
        }
        return out;
    }
}
