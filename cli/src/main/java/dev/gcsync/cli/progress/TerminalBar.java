package dev.gcsync.cli.progress;

import dev.gcsync.sync.plan.PlanPrinter;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** The live bar on a terminal: users done / total, with rate vs limit, 429s and pauses; the library draws it. */
public final class TerminalBar implements ApplyProgress.Display {
    private final ProgressBar bar;

    public TerminalBar(String task, int usersTotal) {
        this.bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(usersTotal)
                .setUnit(" users", 1)
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                .setUpdateIntervalMillis(200)
                .continuousUpdate()
                .setSpeedUnit(ChronoUnit.SECONDS)
                .setEtaFunction(state -> Optional.empty())
                .build();
        bar.setExtraMessage("starting");
    }

    @Override
    public void show(ApplyProgress.Snapshot s, boolean force) {
        bar.maxHint(s.usersTotal());
        bar.stepTo(s.usersDone());
        String eta = "";
        if (s.metrics().allowedRate() > 0 && s.opsTotal() > s.opsDone()) {
            long seconds =
                    (long) Math.ceil((s.opsTotal() - s.opsDone()) / s.metrics().allowedRate());
            eta = " · ETA " + PlanPrinter.human(Duration.ofSeconds(seconds));
        }
        bar.setExtraMessage(s.opsDone() + "/" + s.opsTotal() + " requests · " + StatusLine.rates(s.metrics()) + eta);
        if (force) {
            bar.refresh();
        }
    }

    @Override
    public void close() {
        bar.close();
    }
}
