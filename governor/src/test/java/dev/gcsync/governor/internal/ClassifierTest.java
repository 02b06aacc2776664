package dev.gcsync.governor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassifierTest {

    @ParameterizedTest(name = "{0}, idempotent={1} → {2}")
    @CsvSource({
        "200, true,  SUCCESS",
        "204, false, SUCCESS",
        "429, true,  THROTTLED",
        "429, false, THROTTLED",
        "502, true,  RETRY_BACKOFF",
        "503, true, RETRY_BACKOFF",
        "504, true, RETRY_BACKOFF",
        "502, false, AMBIGUOUS",
        "503, false, AMBIGUOUS",
        "504, false, AMBIGUOUS",
        "500, true,  FAIL",
        "500, false, AMBIGUOUS",
        "401, true,  UNAUTHORIZED",
        "401, false, UNAUTHORIZED",
        "409, true,  CONFLICT",
        "409, false, CONFLICT",
        "400, true,  FAIL",
        "403, false, FAIL",
        "404, true, FAIL",
        "413, false, FAIL",
    })
    void followsTheClassificationTable(int status, boolean idempotent, Verdict expected) {
        assertThat(Classifier.ofStatus(status, idempotent)).isEqualTo(expected);
    }

    @Test
    void retriesTimeoutsAndResetsOnlyWhenIdempotent() {
        assertThat(Classifier.ofFault(new HttpTimeoutException("t"), true)).isEqualTo(Verdict.RETRY_BACKOFF);
        assertThat(Classifier.ofFault(new HttpTimeoutException("t"), false)).isEqualTo(Verdict.AMBIGUOUS);
        assertThat(Classifier.ofFault(new IOException("Connection reset"), false))
                .isEqualTo(Verdict.AMBIGUOUS);
    }

    @Test
    void retriesARefusedConnectionWhateverTheMethodBecauseNothingWasSent() {
        assertThat(Classifier.ofFault(new ConnectException("refused"), false)).isEqualTo(Verdict.RETRY_NOT_SENT);
    }
}
