package dev.gcsync.emulator.seed;

import dev.gcsync.emulator.store.Assignment;
import dev.gcsync.emulator.store.Entity;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/** The seeded random draws both seed styles make: the same seed gives the same sequence of draws. */
final class Draws {
    private final SplittableRandom random;

    Draws(long seed) {
        this.random = new SplittableRandom(seed);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** True with probability {@code percent}/100. */
    boolean percent(int percent) {
        return random.nextInt(100) < percent;
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** {@code min}..{@code max} distinct entries of {@code from}, each with a proficiency from {@code levels}. */
    List<Assignment> assignments(List<Entity> from, int min, int max, List<Double> levels) {
        int n = Math.min(from.size(), min + random.nextInt(max - min + 1));
        Set<Entity> chosen = new LinkedHashSet<>();
        while (chosen.size() < n) {
            chosen.add(pick(from));
        }
        return chosen.stream().map(e -> new Assignment(e.id(), pick(levels))).toList();
    }

    List<Entity> entities(List<String> names) {
        return names.stream().map(name -> new Entity(uuid(), name)).toList();
    }

    /** A version-4-shaped UUID drawn from the seeded random. */
    String uuid() {
        long hi = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lo = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(hi, lo).toString();
    }
}
