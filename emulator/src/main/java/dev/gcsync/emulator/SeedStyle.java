package dev.gcsync.emulator;

import dev.gcsync.emulator.seed.MessySeedGenerator;
import dev.gcsync.emulator.seed.SeedGenerator;
import dev.gcsync.emulator.store.StateSnapshot;

/**
 * What kind of org the emulator seeds. Both are deterministic by seed and user count.
 * <ul>
 *   <li>{@code TIDY} (the default): realistic names in plain ASCII, every user active with a manager, skills
 *       and an email-like username;</li>
 *   <li>{@code MESSY}: what a real org accumulates (inactive and deleted managers, deleted skills still held,
 *       names with commas, quotes, formula characters, accents, CJK, emoji and trailing spaces, a queue of
 *       1,100 members, a queue with 120 wrap-up codes...): see docs/emulator.md, "The messy org".</li>
 * </ul>
 */
public enum SeedStyle {
    TIDY,
    MESSY;

    /** The org of {@code users} users this style generates from {@code seed}. */
    public StateSnapshot generate(long seed, int users) {
        return this == MESSY ? new MessySeedGenerator(seed).generate(users) : new SeedGenerator(seed).generate(users);
    }
}
