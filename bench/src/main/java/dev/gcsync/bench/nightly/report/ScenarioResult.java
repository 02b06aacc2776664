package dev.gcsync.bench.nightly.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** {@code bench/results/<scenario>.json}: {@code {"scenario","timeScale","contenders":[…]}}. */
@JsonPropertyOrder({"scenario", "timeScale", "contenders"})
public record ScenarioResult(String scenario, int timeScale, List<ContenderResult> contenders) {
    public ScenarioResult {
        contenders = List.copyOf(contenders);
    }
}
