package dev.gcsync.cli.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.gcsync.governor.BudgetStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a run's summary says of the budget store: nothing for the local store; with a shared one, where, and
 * whether the run paced the shared buckets alone for a while because the store was away. Also
 * {@code budget-store.json} beside the report. Pure apart from the file.
 */
final class StoreLines {
    static final String FILE = "budget-store.json";

    private StoreLines() {}

    static Optional<String> summary(BudgetStore.StoreStatus s) {
        if (s.kind().equals("local")) {
            return Optional.empty();
        }
        if (s.localPacings() == 0) {
            return Optional.of("Budget store: " + s.where() + ", shared throughout the run.");
        }
        return Optional.of("Budget store: " + s.where() + " was away " + s.localPacings() + " time(s) during the"
                + " run: the org's shared buckets were paced in this process alone, at a cautious share, meanwhile"
                + (s.connected() ? "; shared again at the end." : "; still away at the end."));
    }

    static void writeJson(BudgetStore.StoreStatus s, Path reportDir) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", s.kind());
        json.put("where", s.where());
        json.put("connectedAtEnd", s.connected());
        json.put("pacedLocallyBecauseAway", s.localPacings());
        json.put("processesSeen", s.processes());
        Files.createDirectories(reportDir);
        Files.writeString(
                reportDir.resolve(FILE),
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
    }
}
