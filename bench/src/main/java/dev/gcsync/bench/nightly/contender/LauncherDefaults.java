package dev.gcsync.bench.nightly.contender;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options the launcher {@code ./gcsync} runs gcsync with, so that the benchmark's gcsync child JVMs get
 * what users get: the defaults of {@code dev/gcsync/cli/jvm.options} (in the cli module, on the class path),
 * under the launcher's rule — a heap option only when the given options set no heap size, a collector only
 * when they pick none — followed by the given options (the launcher's {@code GCSYNC_JAVA_OPTS}, the
 * benchmark's {@code BENCH_GCSYNC_JVM}).
 */
public final class LauncherDefaults {
    /** The defaults file, as a class-path resource of the cli module. */
    static final String RESOURCE = "/dev/gcsync/cli/jvm.options";

    private LauncherDefaults() {}

    /** The launcher's command-line JVM options for {@code given} (the user's own, kept last). */
    public static List<String> options(List<String> given) {
        return apply(read(), given);
    }

    static List<String> apply(List<String> defaults, List<String> given) {
        boolean heap = given.stream().anyMatch(LauncherDefaults::isHeap);
        boolean gc = given.stream().anyMatch(LauncherDefaults::isCollector);
        List<String> out = new ArrayList<>();
        for (String d : defaults) {
            if ((isHeap(d) && heap) || (isCollector(d) && gc)) {
                continue;
            }
            out.add(d);
        }
        out.addAll(given);
        return List.copyOf(out);
    }

    /** The options of the defaults file: one a line, {@code #} comments and blanks dropped. */
    static List<String> parse(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            int hash = line.indexOf('#');
            String opt = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (!opt.isEmpty()) {
                out.add(opt);
            }
        }
        return out;
    }

    private static List<String> read() {
        try (InputStream in = LauncherDefaults.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path: build the cli module");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static boolean isHeap(String opt) {
        return opt.startsWith("-Xmx")
                || opt.startsWith("-XX:MaxHeapSize=")
                || opt.startsWith("-XX:MaxRAMPercentage=")
                || opt.startsWith("-XX:MaxRAM=");
    }

    private static boolean isCollector(String opt) {
        return opt.startsWith("-XX:+Use") && opt.endsWith("GC");
    }
}
