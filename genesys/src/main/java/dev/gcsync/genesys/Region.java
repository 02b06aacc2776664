package dev.gcsync.genesys;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * A Genesys Cloud region: its domain gives {@code https://api.<domain>} and {@code https://login.<domain>}.
 * Accepts the SDK-style names ({@code eu_west_1}) and the domains themselves ({@code mypurecloud.ie}).
 */
public record Region(String name, String domain) {

    /** The regions listed in genesys-api.md, SDK name → domain. */
    private static final Map<String, String> KNOWN = known();

    private static Map<String, String> known() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("us_east_1", "mypurecloud.com");
        m.put("eu_west_1", "mypurecloud.ie");
        m.put("eu_central_1", "mypurecloud.de");
        m.put("ap_northeast_1", "mypurecloud.jp");
        m.put("ap_southeast_2", "mypurecloud.com.au");
        m.put("us_west_2", "usw2.pure.cloud");
        m.put("ca_central_1", "cac1.pure.cloud");
        m.put("ap_northeast_2", "apne2.pure.cloud");
        m.put("eu_west_2", "euw2.pure.cloud");
        m.put("ap_south_1", "aps1.pure.cloud");
        m.put("sa_east_1", "sae1.pure.cloud");
        m.put("me_central_1", "mec1.pure.cloud");
        m.put("ap_northeast_3", "apne3.pure.cloud");
        m.put("eu_central_2", "euc2.pure.cloud");
        m.put("mx_central_1", "mxc1.pure.cloud");
        m.put("ap_southeast_1", "apse1.pure.cloud");
        m.put("us_east_2", "use2.us-gov-pure.cloud");
        m.put("eu_east_1", "edee1.eusc-pure.cloud");
        return Map.copyOf(m);
    }

    /** The region named {@code nameOrDomain}; unknown names fail with the list of known ones. */
    public static Region of(String nameOrDomain) {
        String key = nameOrDomain.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        String domain = KNOWN.get(key);
        if (domain != null) {
            return new Region(key, domain);
        }
        String asDomain = nameOrDomain.trim().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : KNOWN.entrySet()) {
            if (e.getValue().equals(asDomain)) {
                return new Region(e.getKey(), asDomain);
            }
        }
        throw new IllegalArgumentException("unknown region '" + nameOrDomain + "': use one of "
                + String.join(", ", new TreeSet<>(KNOWN.keySet()))
                + " (or its domain, e.g. mypurecloud.ie), or give --api-url and --login-url");
    }

    public URI apiBase() {
        return URI.create("https://api." + domain);
    }

    public URI loginBase() {
        return URI.create("https://login." + domain);
    }
}
