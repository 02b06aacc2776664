package dev.gcsync.bench.nightly.contender;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LauncherDefaultsTest {
    private static final List<String> DEFAULTS = List.of("-Xmx300m", "-XX:+UseSerialGC");

    @Test
    void addsTheDefaultsWhenTheUserGivesNoHeapAndNoCollector() {
        assertThat(LauncherDefaults.apply(DEFAULTS, List.of("-Dx=1")))
                .containsExactly("-Xmx300m", "-XX:+UseSerialGC", "-Dx=1");
    }

    @Test
    void theUsersHeapSizeOrCollectorReplacesTheDefaultOne() {
        assertThat(LauncherDefaults.apply(DEFAULTS, List.of("-Xmx1g"))).containsExactly("-XX:+UseSerialGC", "-Xmx1g");
        assertThat(LauncherDefaults.apply(DEFAULTS, List.of("-XX:MaxRAMPercentage=50")))
                .containsExactly("-XX:+UseSerialGC", "-XX:MaxRAMPercentage=50");
        assertThat(LauncherDefaults.apply(DEFAULTS, List.of("-XX:+UseG1GC")))
                .containsExactly("-Xmx300m", "-XX:+UseG1GC");
    }

    @Test
    void readsTheLaunchersFileFromTheClassPathWithoutComments() {
        assertThat(LauncherDefaults.parse("# heap\n-Xmx300m  # why\n\n  -XX:+UseSerialGC\n"))
                .containsExactly("-Xmx300m", "-XX:+UseSerialGC");
        assertThat(LauncherDefaults.options(List.of()))
                .as("the cli module's jvm.options")
                .anyMatch(o -> o.startsWith("-Xmx"))
                .noneMatch(o -> o.contains("#"));
    }
}
