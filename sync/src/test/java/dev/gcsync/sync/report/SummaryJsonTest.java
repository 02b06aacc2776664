package dev.gcsync.sync.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryJsonTest {

    @Test
    void readsBackWhatItWrote() throws Exception {
        RunSummary summary = ReportFixtures.summary(List.of("stopped: deadline 2h", "ünïcode <note>"));

        assertThat(SummaryJson.read(write(summary))).isEqualTo(summary);
    }

    @Test
    void namesFieldsAfterTheRecordComponentsInTheirOrder() throws Exception {
        JsonNode json = new ObjectMapper().readTree(write(ReportFixtures.summary()));

        List<String> fields = new ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertThat(fields)
                .containsExactlyElementsOf(Arrays.stream(RunSummary.class.getRecordComponents())
                        .map(c -> c.getName())
                        .toList());
    }

    @Test
    void writesInstantsAsIso8601AndNumbersAsNumbers() throws Exception {
        JsonNode json = new ObjectMapper().readTree(write(ReportFixtures.summary()));

        assertThat(json.get("startedAt").asText()).isEqualTo("2026-11-27T21:00:00Z");
        assertThat(json.get("finishedAt").asText()).isEqualTo("2026-11-27T21:18:04Z");
        assertThat(json.get("exitCode").isInt()).isTrue();
        assertThat(json.get("secondsPaused").asDouble()).isEqualTo(65.5);
        assertThat(json.get("notes").get(0).asText()).isEqualTo("3 group-derived memberships kept");
    }

    @Test
    void writesAnUnfinishedRunWithANullFinish() throws Exception {
        RunSummary s = ReportFixtures.summary();
        RunSummary running = new SummaryFixture()
                .status("RUNNING", 3)
                .times(s.startedAt(), null, 1)
                .users(0, 0, 0, 0, 0, 0, 0)
                .ops(0, 0, 0, 0)
                .requests(0, 0, 0)
                .rates(0, 0)
                .notes(List.of())
                .build();

        String json = write(running);

        assertThat(new ObjectMapper().readTree(json).get("finishedAt").isNull()).isTrue();
        assertThat(SummaryJson.read(json)).isEqualTo(running);
    }

    private static String write(RunSummary summary) throws Exception {
        StringWriter out = new StringWriter();
        SummaryJson.write(summary, out);
        return out.toString();
    }
}
