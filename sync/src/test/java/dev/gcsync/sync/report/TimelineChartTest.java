package dev.gcsync.sync.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TimelineChartTest {

    private static final Pattern POLYLINE = Pattern.compile("<polyline class=\"requests\" points=\"([^\"]*)\"");

    @Test
    void keepsOnePointPerSecondForAShortRun() {
        String svg = TimelineChart.svg(ReportFixtures.steadyTimeline(1_500));

        assertThat(requestPoints(svg)).hasSize(1_500);
    }

    @Test
    void downsamplesALongRunToAtMostTwoThousandPoints() {
        String svg = TimelineChart.svg(ReportFixtures.steadyTimeline(50_000));

        assertThat(requestPoints(svg)).hasSize(2_000);
    }

    @Test
    void averagesTheRateOverEachBucketCountingMissingSecondsAsZero() {
        List<RateBucket> buckets = Downsampler.downsample(
                List.of(
                        ReportFixtures.point(0, 6, 0, 0, 5),
                        ReportFixtures.point(3, 2, 1, 400, 5),
                        ReportFixtures.point(4, 4, 0, 0, 2.5)),
                3);

        assertThat(buckets)
                .containsExactly(
                        new RateBucket(0, 2, 3.0, 0, 0, 5, 3.0, 5),
                        new RateBucket(2, 4, 1.0, 1, 400, 5, 1.0, 5),
                        new RateBucket(4, 5, 4.0, 0, 0, 2.5, 4.0, 2.5));
    }

    @Test
    void refusesAZeroPointBudget() {
        assertThatThrownBy(() -> Downsampler.downsample(List.of(), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxBuckets");
    }

    @Test
    void marksEach429BucketAndShadesEachPauseSpan() {
        String svg = TimelineChart.svg(List.of(
                ReportFixtures.point(0, 5, 0, 0, 5), ReportFixtures.point(1, 5, 2, 0, 5),
                ReportFixtures.point(2, 0, 0, 1000, 5), ReportFixtures.point(3, 0, 0, 1000, 5),
                ReportFixtures.point(4, 5, 0, 0, 5), ReportFixtures.point(5, 6, 1, 300, 5)));

        assertThat(count(svg, "<circle class=\"throttled\"")).isEqualTo(2);
        assertThat(svg).contains("<title>2 × 429 at 1.0s</title>");
        assertThat(count(svg, "<rect class=\"pause\"")).isEqualTo(2);
        assertThat(svg).contains("paused 2.0s between 2.0s and 4.0s");
    }

    @Test
    void drawsTheAllowedRateAndLabelsBothAxes() {
        String svg = TimelineChart.svg(ReportFixtures.steadyTimeline(120));

        assertThat(svg)
                .contains("<path class=\"allowed\" d=\"M")
                .contains("time since the run started")
                .contains("requests per second")
                .contains(">2m</text>");
    }

    @Test
    void topsTheRateAxisAtTheNextRoundStepAboveThePeak() {
        String svg = TimelineChart.svg(ReportFixtures.steadyTimeline(60));

        assertThat(svg)
                .contains(">0</text>")
                .contains(">2</text>")
                .contains(">4</text>")
                .contains(">6</text>")
                .doesNotContain(">8</text>");
    }

    @Test
    void saysSoWhenNothingWasRecorded() {
        assertThat(TimelineChart.svg(List.of())).doesNotContain("<svg").contains("No requests were recorded");
    }

    private static List<String> requestPoints(String svg) {
        Matcher m = POLYLINE.matcher(svg);
        assertThat(m.find()).as("request polyline present").isTrue();
        return List.of(m.group(1).split(" "));
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
