package dev.gcsync.genesys.gateway;

/**
 * A gateway's own answer in Genesys' error shape, so that an SDK parses it like any other error of the API.
 * Pure.
 */
public final class GenesysErrorBody {
    private GenesysErrorBody() {}

    /** The JSON body of {@code refused}, under the correlation id {@code contextId}. */
    public static String of(GatewayAnswer.Refused<?> refused, String contextId) {
        return "{\"message\":\"" + escape(refused.message()) + "\",\"code\":\"" + refused.code() + "\",\"status\":"
                + refused.status() + ",\"messageParams\":{},\"contextId\":\"" + contextId
                + "\",\"details\":[],\"errors\":[]}";
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> b.append(c < 0x20 ? ' ' : c);
            }
        }
        return b.toString();
    }
}
