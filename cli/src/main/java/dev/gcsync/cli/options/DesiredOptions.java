package dev.gcsync.cli.options;

import dev.gcsync.sync.desired.DesiredState;
import dev.gcsync.sync.desired.DesiredStateReader;
import dev.gcsync.sync.desired.Facet;
import dev.gcsync.sync.desired.FacetMode;
import dev.gcsync.sync.desired.Modes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The desired-state files and how to read them. */
public final class DesiredOptions {
    @Option(
            names = {"-f", "--file"},
            paramLabel = "FILE",
            required = true,
            description = "Desired state: .yaml, .yml, .json or .csv (users.csv and queues.csv may be given together).")
    List<Path> files = new ArrayList<>();

    @Option(
            names = "--mode",
            paramLabel = "FACET=MODE",
            description = "Override a facet's mode: skills|languages|queues|wrapupCodes = additive|authoritative.")
    List<String> modes = new ArrayList<>();

    @Option(
            names = "--skip-invalid",
            description =
                    "Apply the valid entries of a file with problems and report the others (default: write nothing).")
    public boolean skipInvalid;

    @Option(
            names = "--include-inactive",
            description = "Manage users who are inactive in Genesys Cloud too (default: warn and leave them alone);"
                    + " the same as includeInactive: true in a YAML or JSON file.")
    public boolean includeInactive;

    /** Reads the files, then applies --mode overrides on top of the files' defaults. */
    public DesiredStateReader.Result read() {
        return read(files, modes, includeInactive);
    }

    /**
     * Reads {@code files} and applies the {@code --mode FACET=MODE} overrides and {@code --include-inactive}:
     * the one reading of desired-state files that plan, apply and validate share. Needs no org.
     */
    public static DesiredStateReader.Result read(List<Path> files, List<String> modes, boolean includeInactive) {
        Modes overrides = Modes.allAdditive();
        List<Facet> overridden = new ArrayList<>();
        for (String m : modes) {
            int eq = m.indexOf('=');
            var facet = eq < 0 ? Optional.<Facet>empty() : Facet.byKey(m.substring(0, eq));
            var mode = eq < 0 ? Optional.<FacetMode>empty() : FacetMode.parse(m.substring(eq + 1));
            if (facet.isEmpty() || mode.isEmpty()) {
                throw new IllegalArgumentException("--mode " + m + ": write FACET=MODE with FACET one of skills,"
                        + " languages, queues, wrapupCodes and MODE additive or authoritative");
            }
            overrides = overrides.with(facet.get(), mode.get());
            overridden.add(facet.get());
        }
        DesiredStateReader.Result result = new DesiredStateReader().read(files);
        Modes merged = result.state().modes();
        for (Facet f : overridden) {
            merged = merged.with(f, overrides.of(f));
        }
        DesiredState state = result.state().withModes(merged);
        if (includeInactive) {
            state = state.withIncludeInactive(true);
        }
        return new DesiredStateReader.Result(state, result.problems());
    }
}
