package dev.gcsync.bench.nightly.contender;

import dev.gcsync.emulator.admin.Admin;
import dev.gcsync.governor.TimeSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs gcsync's command line in a child JVM (the harness's own class path) and watches it: the moment the
 * server sees its first request (so the JVM's start, which time compression does not shrink, is left out),
 * its exit, and its peak resident set ({@code VmHWM} in {@code /proc/<pid>/status}, read while it runs). The
 * deadline counts the same time as the wall: the JVM's start (until the first request) moves it back, so a
 * slow start on a loaded machine does not eat the contender's cap.
 *
 * @param exitCode       the process's exit code (-1 when it was killed at the deadline)
 * @param wallSeconds    from the first request the server saw to the exit
 * @param processSeconds from the launch to the exit
 * @param peakRssMiB     the largest VmHWM seen, or null where /proc is not available
 * @param startNanos     from the launch to the first request the server saw (the whole run when it sent none)
 */
record ChildRun(int exitCode, double wallSeconds, double processSeconds, Double peakRssMiB, long startNanos) {
    private static final long POLL_NANOS = 5_000_000L;
    private static final long RSS_EVERY_NANOS = 50_000_000L;

    static ChildRun run(
            List<String> jvmOptions, List<String> args, Path log, Admin admin, TimeSource time, long deadlineNanos)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("dev.gcsync.cli.Main");
        command.addAll(args);
        long before = admin.counters().requests();
        long launched = time.nanoTime();
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Path status = Path.of("/proc", Long.toString(p.pid()), "status");
        long firstRequest = 0;
        long lastRss = 0;
        double peak = -1;
        while (p.isAlive()) {
            long now = time.nanoTime();
            if (firstRequest == 0 && admin.counters().requests() > before) {
                firstRequest = now;
            }
            if (now - lastRss > RSS_EVERY_NANOS) {
                peak = Math.max(peak, vmHwmMiB(status));
                lastRss = now;
            }
            long started = (firstRequest == 0 ? now : firstRequest) - launched;
            if (now - (deadlineNanos + started) > 0) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                break;
            }
            p.waitFor(POLL_NANOS, TimeUnit.NANOSECONDS);
        }
        long end = time.nanoTime();
        int exit = p.isAlive() || p.exitValue() == 137 ? -1 : p.exitValue();
        long start = (firstRequest == 0 ? end : firstRequest) - launched;
        return new ChildRun(
                exit,
                (end - (firstRequest == 0 ? launched : firstRequest)) / 1e9,
                (end - launched) / 1e9,
                peak < 0 ? null : peak,
                start);
    }

    /** VmHWM in MiB, or -1 when the process has gone or /proc is not there. */
    static double vmHwmMiB(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
