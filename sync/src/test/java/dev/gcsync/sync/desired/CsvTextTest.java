package dev.gcsync.sync.desired;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class CsvTextTest {

    /** Names made of the characters that matter to a list cell, a spreadsheet and the escape itself. */
    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings()
                .withChars("ab ;:\\=+-@,\"é日🚀".toCharArray())
                .ofMinLength(1)
                .ofMaxLength(12)
                .filter(s -> !s.isBlank() && s.equals(s.trim()));
    }

    @Property(tries = 100)
    void aListCellOfNamesReadsBackAsTheSameNames(
            @ForAll @Size(min = 1, max = 5) List<@net.jqwik.api.From("names") String> names) {
        String cell = CsvText.cell(names.stream().map(CsvText::item).collect(Collectors.joining(";")));

        List<String> read = CsvText.items(cell).stream().map(CsvText::unescape).toList();

        assertThat(read).isEqualTo(names);
        assertThat(cell.charAt(0)).isNotIn('=', '+', '-', '@');
    }

    @Property(tries = 50)
    void aNameWithItsProficiencySplitsAtTheLastColonNotEscaped(@ForAll("names") String name) {
        String item = CsvText.item(name) + ":3.5";

        int colon = CsvText.lastColon(item);

        assertThat(CsvText.unescape(item.substring(0, colon))).isEqualTo(name);
        assertThat(item.substring(colon + 1)).isEqualTo("3.5");
    }

    @Property(tries = 50)
    void aSingleNameCellReadsBackAsTheName(@ForAll("names") String name) {
        String cell = CsvText.single(name);

        assertThat(CsvText.unescape(cell)).isEqualTo(name);
        assertThat(cell.charAt(0)).isNotIn('=', '+', '-', '@');
    }

    @Test
    void aBackslashBeforeAnyOtherCharacterIsItself() {
        assertThat(CsvText.unescape("C:\\Temp\\new")).isEqualTo("C:\\Temp\\new");
        assertThat(CsvText.items("Sales\\; EMEA;Billing")).containsExactly("Sales\\; EMEA", "Billing");
    }
}
