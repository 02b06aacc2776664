package dev.gcsync.governor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NetworkFaultsTest {
    record Case(Throwable fault, String words) {}

    static Case[] faults() {
        return new Case[] {
            new Case(new ConnectException("Connection refused"), "connection refused"),
            new Case(new HttpConnectTimeoutException("HTTP connect timed out"), "connection timed out"),
            new Case(new HttpTimeoutException("request timed out"), "no answer in time"),
            new Case(new UnknownHostException("api.example.invalid"), "host name not found"),
            new Case(new SSLHandshakeException("PKIX path building failed"), "TLS handshake failed"),
            new Case(new IOException("Connection reset by peer"), "connection reset"),
            new Case(
                    new IOException("HTTP/1.1 header parser received no bytes", new ConnectException()),
                    "connection refused"),
            new Case(new IOException(), "network error"),
            new Case(
                    new IOException("closed", new IOException("selector", new OutOfMemoryError("Java heap space"))),
                    NetworkFaults.OUT_OF_MEMORY),
            new Case(null, "no answer")
        };
    }

    @ParameterizedTest
    @MethodSource("faults")
    void saysWhatHappenedInWordsNeverAClassName(Case c) {
        String words = NetworkFaults.describe(c.fault());

        assertThat(words).isEqualTo(c.words()).doesNotContain("Exception");
    }
}
