package dev.gcsync.sync.desired;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.sync.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a file holds, reading it never throws and every problem is a sentence at a place in the file: no
 * exception class, no package name, no parser internals ("while parsing", "[Source:").
 */
class MessyFilesTest {
    private static final List<String> INTERNALS = List.of(
            "Exception", "java.", "com.fasterxml", "org.yaml", "while parsing", "[Source:", "<block", "snakeyaml");

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> fragments = Arbitraries.of(
                "users:",
                "\n",
                "  - ",
                "email: ",
                "a@example.com",
                "skills: ",
                "{ Billing: 3 }",
                "[",
                "]",
                "{",
                "}",
                ":",
                ",",
                ";",
                "\"",
                "'",
                "\t",
                "  ",
                "queues:",
                "name: Q",
                "- x",
                "manager:",
                "null",
                "3,5",
                "é",
                "\uFEFF",
                "#",
                "&a",
                "*a",
                "!!int",
                "---",
                "email,skills\n");
        return fragments.list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(64);
    }

    @Property(tries = 200)
    void anyTextIsReadIntoSentences(@ForAll("texts") String text, @ForAll("formats") String format) throws IOException {
        assertSentences(read(format, text.getBytes(StandardCharsets.UTF_8)), format);
    }

    @Property(tries = 100)
    void anyBytesAreReadIntoSentences(@ForAll("bytes") byte[] content, @ForAll("formats") String format)
            throws IOException {
        assertSentences(read(format, content), format);
    }

    @Provide
    Arbitrary<String> formats() {
        return Arbitraries.of("yaml", "json", "csv");
    }

    private static void assertSentences(DesiredStateReader.Result result, String format) {
        for (Problem p : result.problems().sorted()) {
            String line = p.describe();
            INTERNALS.forEach(word -> assertThat(line).as(line).doesNotContain(word));
            assertThat(p.message()).as(line).isNotBlank();
            assertThat(p.pos().file()).as("a place in the file read").endsWith("desired." + format);
        }
    }

    private static DesiredStateReader.Result read(String format, byte[] content) throws IOException {
        Path dir = Files.createTempDirectory("messy");
        Path file = dir.resolve("desired." + format);
        Files.write(file, content);
        try {
            return new DesiredStateReader().read(List.of(file));
        } finally {
            Files.delete(file);
            Files.delete(dir);
        }
    }
}
