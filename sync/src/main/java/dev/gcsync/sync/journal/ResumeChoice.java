package dev.gcsync.sync.journal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which run {@code gcsync resume} may continue: only the latest run of the org, and only while it is
 * unfinished. A run that a later run superseded, or that a later run came after, is refused: its desired
 * state is older than what the later run applied, and resuming it would write that older state back.
 *
 * @param run     the run to resume, when there is one
 * @param refused true when the request names a run that must not be resumed (exit 1); false with no run means
 *                there is simply nothing to resume (exit 0)
 * @param message what to tell the operator: whole sentences
 */
public record ResumeChoice(Optional<RunInfo> run, boolean refused, String message) {

    /**
     * @param runs      the journal's runs, newest first ({@link Journal#runs})
     * @param target    the org this resume talks to
     * @param requested the run id asked for, or empty for "the latest"
     */
    public static ResumeChoice of(List<RunInfo> runs, String target, Optional<Long> requested) {
        Optional<RunInfo> latest =
                runs.stream().filter(r -> Objects.equals(r.target(), target)).findFirst();
        if (requested.isEmpty()) {
            if (latest.isEmpty()) {
                return nothing("no run of " + target + " in this state directory; nothing to resume.");
            }
            RunInfo run = latest.get();
            if (!run.status().unfinished()) {
                return nothing("the latest run of " + target + ", " + run.describe() + ", is " + run.status()
                        + "; nothing to resume.");
            }
            return resume(run);
        }
        long id = requested.get();
        Optional<RunInfo> asked = runs.stream().filter(r -> r.id() == id).findFirst();
        if (asked.isEmpty()) {
            return refuse("no run " + id + " in this state directory ('gcsync runs' lists them).");
        }
        RunInfo run = asked.get();
        if (!Objects.equals(run.target(), target)) {
            return refuse("run " + id + " wrote to " + run.target() + ", not to " + target
                    + "; resume it with the connection options it was started with.");
        }
        if (run.status() == RunStatus.SUPERSEDED) {
            return refuse("run " + id + " cannot be resumed: it was " + run.statusReason()
                    + ". Resuming it would write its older desired state over what later runs applied.");
        }
        if (latest.get().id() != id) {
            return refuse("run " + id + " cannot be resumed: " + latest.get().describe() + " came after it and is "
                    + latest.get().status() + ". Resuming run " + id
                    + " would write its older desired state over what the later run applied; run 'gcsync apply'"
                    + " with the file you want instead.");
        }
        if (run.status() == RunStatus.CONVERGED) {
            return nothing(run.describe() + " already converged; nothing to resume.");
        }
        return resume(run);
    }

    private static ResumeChoice resume(RunInfo run) {
        return new ResumeChoice(
                Optional.of(run),
                false,
                "resuming " + run.describe() + ", " + run.status() + " with "
                        + run.ops().pending() + " request(s) pending.");
    }

    private static ResumeChoice nothing(String message) {
        return new ResumeChoice(Optional.empty(), false, message);
    }

    private static ResumeChoice refuse(String message) {
        return new ResumeChoice(Optional.empty(), true, message);
    }
}
