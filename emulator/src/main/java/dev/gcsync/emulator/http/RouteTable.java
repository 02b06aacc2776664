package dev.gcsync.emulator.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one route table. A literal segment beats a parameter ({@code /users/bulk} before {@code /users/{id}}).
 * Immutable after construction.
 */
public final class RouteTable {
    private final List<Compiled> routes;

    private record Compiled(Route route, List<String> segments, int literals) {
        Compiled(Route route) {
            this(route, split(route.template()), (int) split(route.template()).stream()
                    .filter(s -> !s.startsWith("{"))
                    .count());
        }
    }

    public RouteTable(List<Route> routes) {
        List<Compiled> sorted =
                new ArrayList<>(routes.stream().map(Compiled::new).toList());
        sorted.sort(Comparator.comparingInt(Compiled::literals).reversed());
        this.routes = List.copyOf(sorted);
    }

    public List<Route> routes() {
        return routes.stream().map(Compiled::route).toList();
    }

    public Optional<Match> match(String method, String path) {
        List<String> segments = split(path);
        for (Compiled c : routes) {
            if (!c.route().method().equals(method)) {
                continue;
            }
            Map<String, String> params = bind(c.segments(), segments);
            if (params != null) {
                return Optional.of(new Match(c.route(), params));
            }
        }
        return Optional.empty();
    }

    /** Up to three routes closest to an unmatched request, as "METHOD template". */
    public List<String> nearest(String method, String path) {
        List<String> segments = split(path);
        return routes.stream()
                .sorted(Comparator.comparingInt((Compiled c) -> -score(c, method, segments))
                        .thenComparing(c -> c.route().key()))
                .limit(3)
                .map(c -> c.route().key())
                .toList();
    }

    static List<String> split(String path) {
        List<String> out = new ArrayList<>();
        for (String s : path.split("/")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private static Map<String, String> bind(List<String> template, List<String> path) {
        if (template.size() != path.size()) {
            return null;
        }
        Map<String, String> params = new HashMap<>(4);
        for (int i = 0; i < template.size(); i++) {
            String t = template.get(i);
            if (t.startsWith("{")) {
                params.put(t.substring(1, t.length() - 1), path.get(i));
            } else if (!t.equals(path.get(i))) {
                return null;
            }
        }
        return params;
    }

    private static int score(Compiled c, String method, List<String> path) {
        List<String> t = c.segments();
        int score = c.route().method().equals(method) ? 2 : 0;
        for (int i = 0; i < Math.min(t.size(), path.size()); i++) {
            if (t.get(i).equals(path.get(i))) {
                score += 3;
            } else if (t.get(i).startsWith("{")) {
                score += 1;
            } else {
                break;
            }
        }
        return score - 2 * Math.abs(t.size() - path.size());
    }
}
