package dev.gcsync.proxy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.governor.BudgetStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** /metrics says whether the budget store answers and how often the proxy paced alone because it was away. */
class ProxyMetricsStoreTest {

    @Property(tries = 50)
    void theStoresStateIsReadAtEachScrape(
            @ForAll boolean connected,
            @ForAll @LongRange(max = 1000) long away,
            @ForAll @IntRange(max = 5) int processes) {
        AtomicReference<BudgetStore.StoreStatus> status =
                new AtomicReference<>(BudgetStore.local().status());
        ProxyMetrics metrics = new ProxyMetrics(List::of, status::get);
        assertThat(metrics.text())
                .contains("gcsync_budget_store_connected{kind=\"local\"} 1.0")
                .contains("gcsync_budget_store_local_pacing_total 0.0");

        List<String> seen = java.util.stream.IntStream.range(0, processes)
                .mapToObj(i -> "proxy-" + i)
                .toList();
        status.set(new BudgetStore.StoreStatus(
                "redis",
                "redis://:***@cache:6379/0",
                connected,
                Optional.of(Duration.ofMillis(1)),
                seen,
                away,
                Map.of()));
        assertThat(metrics.text())
                .contains("gcsync_budget_store_connected{kind=\"redis\"} " + (connected ? "1.0" : "0.0"))
                .contains("gcsync_budget_store_local_pacing_total " + away + ".0")
                .contains("gcsync_budget_store_processes " + processes + ".0");
    }
}
