package dev.gcsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What a newcomer meets first: help with an example, exit codes, placeholders, "did you mean", the version. */
class HelpTest {
    private static final List<String> COMMANDS = GcsyncCommand.commandLine().getSubcommands().keySet().stream()
            .filter(name -> !name.equals("help"))
            .toList();

    @Test
    void everySubcommandsHelpHasAnExampleThatRunsThatCommandAndListsItsExitCodes() {
        assertThat(COMMANDS)
                .contains(
                        "plan",
                        "apply",
                        "resume",
                        "runs",
                        "report",
                        "export",
                        "demo",
                        "emulator",
                        "proxy",
                        "doctor",
                        "validate");
        for (String name : COMMANDS) {
            Cli.Run help = Cli.run(name, "--help");
            assertThat(help.exit()).as(name).isZero();
            assertThat(help.out())
                    .as(name)
                    .containsPattern("Examples?:\\n  gcsync " + name + "\\b")
                    .contains("Exit codes: 0 ");
        }
    }

    @Test
    void everyOptionThatTakesAValueSaysAnUppercasePlaceholderOrItsChoices() {
        CommandLine root = GcsyncCommand.commandLine();
        for (String name : COMMANDS) {
            root.getSubcommands().get(name).getCommandSpec().options().stream()
                    .filter(o -> o.arity().max() > 0)
                    .forEach(o -> assertThat(o.paramLabel())
                            .as(name + " " + o.longestName())
                            .doesNotStartWith("<")
                            .matches("[A-Z][A-Z0-9:=/_.-]*|[a-z0-9-]+(\\|[a-z0-9-]+)+"));
        }
    }

    @Test
    void aMistypedCommandGetsDidYouMean() {
        Cli.Run run = Cli.run("aply", "-f", "x.yaml");

        assertThat(run.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err()).contains("Did you mean").contains("apply");
    }

    @Test
    void versionIsTheProjectsVersionNotDev() throws IOException {
        Cli.Run run = Cli.run("--version");

        String pom = Files.readString(Path.of("pom.xml"));
        Matcher parent = Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL)
                .matcher(pom);
        assertThat(parent.find()).isTrue();
        assertThat(run.out().strip()).isEqualTo("gcsync " + parent.group(1));
    }
}
