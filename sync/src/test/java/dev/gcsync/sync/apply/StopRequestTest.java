package dev.gcsync.sync.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StopRequestTest {
    @Test
    void beforeTheRunIsArmedAStopHasNothingToPutBack() {
        StopRequest stop = new StopRequest();

        assertThat(stop.request("interrupted by SIGINT (Ctrl-C)")).isEqualTo(StopRequest.Answer.NOT_STARTED);
        assertThat(stop.requested())
                .as("nothing recorded: the caller ends the process")
                .isFalse();
    }

    @Test
    void onceArmedTheFirstRequestStopsAndTheSecondInsists() {
        StopRequest stop = new StopRequest();
        AtomicInteger told = new AtomicInteger();
        Runnable forget = stop.whenRequested(told::incrementAndGet);
        stop.arm();

        assertThat(stop.request("interrupted by SIGTERM")).isEqualTo(StopRequest.Answer.STOPPING);
        assertThat(stop.request("interrupted by SIGINT (Ctrl-C)")).isEqualTo(StopRequest.Answer.ALREADY_STOPPING);

        assertThat(stop.reason()).as("the first reason is the one reported").contains("interrupted by SIGTERM");
        assertThat(told).hasValue(1);
        forget.run();
        stop.whenRequested(told::incrementAndGet);
        assertThat(told).as("a listener added after the request runs at once").hasValue(2);
    }
}
