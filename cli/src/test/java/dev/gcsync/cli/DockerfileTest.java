package dev.gcsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What can be checked of the image without a container runtime: the Dockerfile copies the jar the build makes
 * (the shade plugin's output, whose manifest names the CLI's main class) and its entrypoint runs what it copied.
 */
class DockerfileTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void copiesTheBuiltJarAndRunsIt() throws Exception {
        List<String> lines = Files.readAllLines(ROOT.resolve("Dockerfile"));
        Matcher copy = Pattern.compile("^COPY (\\S+) (\\S+)$")
                .matcher(lines.stream()
                        .filter(l -> l.startsWith("COPY "))
                        .findFirst()
                        .orElseThrow());
        assertThat(copy.matches()).isTrue();
        String source = copy.group(1);
        String target = copy.group(2);

        String pom = Files.readString(ROOT.resolve("cli/pom.xml"));
        assertThat(source).as("the jar the shade plugin writes").isEqualTo("cli/target/gcsync.jar");
        assertThat(pom)
                .contains("<outputFile>${project.build.directory}/gcsync.jar</outputFile>")
                .contains("<mainClass>" + Main.class.getName() + "</mainClass>");
        assertThat(lines).contains("ENTRYPOINT [\"java\", \"-jar\", \"" + target + "\"]");
        assertThat(lines.stream().filter(l -> l.startsWith("FROM ")).findFirst().orElseThrow())
                .as("a Java 17 runtime")
                .contains(":17-jre");
        assertThat(Files.readString(ROOT.resolve("docs/proxy.md"))).contains("registry.example.com/gcsync:0.1.0");
    }
}
