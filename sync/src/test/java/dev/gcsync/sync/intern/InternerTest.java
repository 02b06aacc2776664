package dev.gcsync.sync.intern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class InternerTest {

    @Property(tries = 200)
    void anInternedStringEqualsItsOriginalAndIsTheFirstEqualOneSeen(@ForAll String s) {
        Interner interner = new Interner();
        String first = new String(s);
        String second = new String(s);

        assertThat(interner.of(first)).isSameAs(first);
        assertThat(interner.of(second)).isSameAs(first).isEqualTo(s);
    }

    @Test
    void nullStaysNull() {
        Interner interner = new Interner();

        assertThat(interner.of((String) null)).isNull();
        assertThat(interner.of((Map<String, Double>) null)).isNull();
    }

    @Property(tries = 200)
    void anInternedProficiencyMapEqualsItsOriginalAndSharesTheKeysSeenBefore(
            @ForAll Map<String, @DoubleRange(min = 0, max = 5) Double> proficiencies) {
        Map<String, Double> copy = new HashMap<>();
        proficiencies.forEach((k, v) -> copy.put(new String(k), v));
        Interner interner = new Interner();

        Map<String, Double> first = interner.of(proficiencies);
        Map<String, Double> second = interner.of(copy);

        assertThat(first).isEqualTo(proficiencies);
        assertThat(second).isEqualTo(proficiencies);
        second.keySet().forEach(k -> assertThat(first.keySet())
                .anySatisfy(f -> assertThat(f).isSameAs(k)));
    }

    @Property(tries = 300)
    void aBoxedProficiencyEqualsTheNumber(@ForAll double value) {
        assertThat(Proficiencies.boxed(value)).isEqualTo(Double.valueOf(value));
    }

    @Property(tries = 50)
    void wholeAndHalfProficienciesShareOneInstance(@ForAll @IntRange(min = 0, max = 10) int halves) {
        double value = halves / 2.0;

        assertThat(Proficiencies.boxed(value))
                .isSameAs(Proficiencies.boxed(Double.parseDouble(Double.toString(value))));
    }

    @Test
    void negativeZeroStaysNegativeZero() {
        assertThat(Proficiencies.boxed(-0.0)).isEqualTo(Double.valueOf(-0.0));
        assertThat(Proficiencies.boxed(0.0)).isEqualTo(Double.valueOf(0.0));
    }
}
