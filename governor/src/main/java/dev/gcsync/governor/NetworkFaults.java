package dev.gcsync.governor;

import java.io.EOFException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.util.Locale;
import javax.net.ssl.SSLException;

/**
 * A request that got no answer, said in words an operator can act on ("connection refused", "timed out"),
 * never as an exception's class name. One place, so that the client, the proxy and the reports say it alike.
 */
public final class NetworkFaults {
    static final String OUT_OF_MEMORY =
            "this process ran out of memory (not the network): give the JVM more heap (-Xmx, e.g. GCSYNC_JAVA_OPTS)";

    private NetworkFaults() {}

    /** What happened to the connection, in a few words; "no answer" when nothing is known. */
    public static String describe(Throwable fault) {
        if (fault == null) {
            return "no answer";
        }
        for (Throwable t = fault; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) { // the HTTP client's own thread ran out of heap: not the network
                return OUT_OF_MEMORY;
            }
        }
        if (fault instanceof HttpConnectTimeoutException) {
            return "connection timed out";
        }
        if (fault instanceof HttpTimeoutException || fault instanceof InterruptedIOException) {
            return "no answer in time";
        }
        if (fault instanceof ConnectException) {
            return "connection refused";
        }
        if (fault instanceof UnknownHostException) {
            return "host name not found";
        }
        if (fault instanceof NoRouteToHostException) {
            return "no route to the host";
        }
        if (fault instanceof SSLException) {
            return "TLS handshake failed";
        }
        if (fault instanceof EOFException || fault instanceof ClosedChannelException) {
            return "connection closed before the answer";
        }
        String message = fault.getMessage() == null ? "" : fault.getMessage().toLowerCase(Locale.ROOT);
        if (message.contains("reset")) {
            return "connection reset";
        }
        if (message.contains("closed") || message.contains("eof")) {
            return "connection closed before the answer";
        }
        if (fault.getCause() != null && fault.getCause() != fault) {
            return describe(fault.getCause());
        }
        return "network error";
    }
}
