package dev.gcsync.emulator.background;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateProfileTest {

    /** Requests of a profile due before {@code untilMillis}. */
    private static long dueBefore(RateProfile p, long untilMillis, int limit, long window) {
        long k = 0;
        while (p.dueMillis(k, limit, window) < untilMillis) {
            k++;
        }
        return k;
    }

    @Property(tries = 200)
    void aStepSendsItsFractionOfTheLimitInEveryWholeWindowOfIt(
            @ForAll @DoubleRange(min = 0, max = 2) double first,
            @ForAll @DoubleRange(min = 0, max = 2) double second,
            @ForAll @IntRange(min = 1, max = 400) int limit,
            @ForAll @IntRange(min = 1, max = 60) int windowSeconds,
            @ForAll @IntRange(min = 1, max = 5) int windowsPerStep) {
        long window = windowSeconds * 1000L;
        long stepLength = windowsPerStep * window;
        RateProfile p = new RateProfile.Steps(List.of(
                new RateProfile.Step(first, Duration.ZERO),
                new RateProfile.Step(second, Duration.ofMillis(stepLength))));
        double owedFirst = first * limit * windowsPerStep;
        double owedBoth = owedFirst + second * limit * windowsPerStep;
        // the k-th request falls where the cumulative rate reaches k + 1/2: what is owed, rounded
        assertThat(dueBefore(p, stepLength + 1, limit, window))
                .isBetween((long) Math.floor(owedFirst - 0.5 + 1e-9), (long) Math.ceil(owedFirst + 0.5));
        assertThat(dueBefore(p, 2 * stepLength + 1, limit, window))
                .isBetween((long) Math.floor(owedBoth - 0.5 + 1e-9), (long) Math.ceil(owedBoth + 0.5));
    }

    @Property(tries = 200)
    void dueTimesNeverGoBackwards(
            @ForAll @DoubleRange(min = 0.01, max = 3) double a,
            @ForAll @DoubleRange(min = 0, max = 3) double b,
            @ForAll @IntRange(min = 1, max = 300) int limit) {
        RateProfile p = RateProfile.parse("steps:" + a + "@0s;" + b + "@7s;" + a + "@19s");
        long previous = Long.MIN_VALUE;
        for (long k = 0; k < 200; k++) {
            long due = p.dueMillis(k, limit, 5000);
            assertThat(due).isGreaterThanOrEqualTo(previous);
            previous = due;
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "steady:0.3|steady:0.3",
                "STEPS:0.25@0s;0.55@40s;0.05@80s|steps:0.25@0s;0.55@40s;0.05@80s",
                "bursts:0.5/10s+2s|bursts:0.5/10s+2s"
            })
    void theTextFormRoundTrips(String text, String normal) {
        assertThat(RateProfile.parse(text).toString()).isEqualTo(normal);
        assertThat(RateProfile.parse(RateProfile.parse(text).toString())).isEqualTo(RateProfile.parse(text));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "sometimes:0.3|unknown kind 'sometimes'",
                "steady:lots|'lots' is not a fraction",
                "steady:11|fraction must be 0 to 10",
                "steps:0.2@10s;0.3@5s|step times must increase",
                "steps:0.2|step '0.2' is not F@T",
                "bursts:0.5|is not F/PERIOD",
                "steps:0.2@soon|'soon' is not a duration"
            })
    void aBadProfileSaysWhatIsWrongAndTheForms(String text, String why) {
        assertThatThrownBy(() -> RateProfile.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(why)
                .hasMessageContaining("steady:F, steps:F@T;F@T;");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "profile=steady:0.1|bucket must name an org-scoped bucket",
                "bucket=x|profile=… is missing",
                "bucket=x,profile=steady:0.1,rate=3|unknown part 'rate=3'"
            })
    void aBadBackgroundSpecSaysWhatIsMissing(String text, String why) {
        assertThatThrownBy(() -> BackgroundSpec.parse(text)).hasMessageContaining(why);
    }
}
