package dev.gcsync.cli.sync;

import dev.gcsync.cli.ExitCodes;
import dev.gcsync.cli.options.DesiredOptions;
import dev.gcsync.sync.desired.DesiredState;
import dev.gcsync.sync.desired.Facet;
import dev.gcsync.sync.problem.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gcsync validate}: everything that can be checked without the org, with no credentials and no request,
 * for a CI pipeline of the HR export. Names (skills, queues, users) are checked against the org by {@code plan}.
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Checks desired-state files offline: syntax, columns, cell counts, proficiencies, modes, users"
                    + " listed twice. Needs no credentials and sends no request (names are checked against the org by"
                    + " 'gcsync plan').",
            "Prints each problem as FILE:LINE[:COLUMN]: FIELD \"VALUE\": what is wrong. What to do.",
            "Exit codes: 0 valid, 1 problems (or a usage error)."
        },
        footer = {"", "Example:", "  gcsync validate -f users.csv -f queues.yaml --mode skills=authoritative"})
public final class ValidateCommand implements Callable<Integer> {
    @Option(
            names = {"-f", "--file"},
            paramLabel = "FILE",
            required = true,
            description = "Desired state: .yaml, .yml, .json or .csv (repeatable).")
    List<Path> files = new ArrayList<>();

    @Option(
            names = "--mode",
            paramLabel = "FACET=MODE",
            description = "The mode plan and apply will be given:"
                    + " skills|languages|queues|wrapupCodes = additive|authoritative.")
    List<String> modes = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        var read = DesiredOptions.read(files, modes, false);
        List<Problem> problems = read.problems().sorted();
        problems.forEach(p -> out.println(p.describe()));
        DesiredState state = read.state();
        String modesText = Arrays.stream(Facet.values())
                .map(f -> f.key() + "=" + state.modes().of(f).label())
                .collect(Collectors.joining(" "));
        if (problems.isEmpty()) {
            out.printf(
                    "valid: %d user%s, %d queue%s in %s (modes: %s). Names are checked against the org by"
                            + " 'gcsync plan'.%n",
                    state.users().size(),
                    state.users().size() == 1 ? "" : "s",
                    state.queues().size(),
                    state.queues().size() == 1 ? "" : "s",
                    String.join(", ", state.files()),
                    modesText);
        } else {
            out.printf(
                    "%d problem%s in %s: plan and apply write nothing (with --skip-invalid, only the valid"
                            + " entries).%n",
                    problems.size(), problems.size() == 1 ? "" : "s", String.join(", ", state.files()));
        }
        out.flush();
        return problems.isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
