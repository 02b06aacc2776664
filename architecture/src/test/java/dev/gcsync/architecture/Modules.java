package dev.gcsync.architecture;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The modules and their arrows, as docs/architecture.md draws them: each module's root package and the modules
 * its main code may use (directly or through the modules it uses). Change this table and the doc together.
 */
final class Modules {
    static final String ROOT = "dev.gcsync.";

    /** Module → the modules its main code may use. */
    static final Map<String, Set<String>> MAY_USE = Map.of(
            "governor", Set.of(),
            "budget", Set.of("governor"), // module budget-redis: the Redis budget store
            "genesys", Set.of("governor"),
            "sync", Set.of("genesys", "governor"),
            "emulator", Set.of(),
            "proxy", Set.of("governor", "genesys"),
            "sdk", Set.of("governor", "genesys"),
            // module gateway-contract: tests only, one contract over both gateway adapters (no main code)
            "contract", Set.of("proxy", "sdk", "genesys", "governor", "emulator"),
            "cli", Set.of("sync", "genesys", "governor", "emulator", "proxy", "budget"),
            "bench", Set.of("cli", "sync", "genesys", "governor", "emulator", "proxy", "sdk", "budget"));

    /** Modules with tests only: their arrows hold for whatever main code they may get, and none is fine. */
    static final Set<String> TEST_ONLY = Set.of("contract");

    /** The client's modules: what the emulator must not share a line of code with. */
    static final List<String> CLIENT = List.of("governor", "budget", "genesys", "sync", "proxy", "sdk");

    /** Library code: reads time only through the governor's {@code TimeSource}. */
    static final List<String> LIBRARY = List.of("governor", "budget", "genesys", "sync", "proxy", "sdk");

    private Modules() {}

    /** {@code dev.gcsync.NAME..}: a module's package tree, in ArchUnit's notation. */
    static String tree(String module) {
        return ROOT + module + "..";
    }

    static String[] trees(Iterable<String> modules) {
        List<String> out = new ArrayList<>();
        modules.forEach(m -> out.add(tree(m)));
        return out.toArray(String[]::new);
    }
}
