package dev.gcsync.emulator.background;

import dev.gcsync.emulator.SpecDurations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How much of a bucket the background traffic wants over time, in fractions of the bucket's limit per window:
 * <ul>
 *   <li>{@code steady:F} — F of the limit per window, evenly spread (F = 0.3: 30%);</li>
 *   <li>{@code steps:F@T;F@T;…} — F from offset T (since the background started) until the next step; the first
 *       step starts at 0s unless said otherwise (nothing is sent before it);</li>
 *   <li>{@code bursts:F/P[+O]} — round(F × limit) requests at once every P, the first at offset O (default 0).</li>
 * </ul>
 * Requests of a rate are spread evenly: the k-th (from 0) falls where the cumulative rate reaches k + ½.
 * Immutable; {@link #toString()} gives the text form back.
 */
public sealed interface RateProfile {

    /**
     * When the {@code k}-th request (from 0) is due, in milliseconds since the background started, or
     * {@link Long#MAX_VALUE} when there is none.
     *
     * @param limit        the bucket's limit per window
     * @param windowMillis the bucket's window
     */
    long dueMillis(long k, int limit, long windowMillis);

    /** Parses the text form; throws IllegalArgumentException naming the forms. */
    static RateProfile parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        int colon = t.indexOf(':');
        String kind = colon < 0 ? t : t.substring(0, colon);
        String body = colon < 0 ? "" : t.substring(colon + 1);
        try {
            return switch (kind) {
                case "steady" -> new Steps(List.of(new Step(parseFraction(body), Duration.ZERO)));
                case "steps" -> Steps.parse(body);
                case "bursts" -> Bursts.parse(body);
                default -> throw new IllegalArgumentException("unknown kind '" + kind + "'");
            };
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("background profile '" + text + "': " + e.getMessage()
                    + "; expected steady:F, steps:F@T;F@T;… or bursts:F/PERIOD[+OFFSET], F a fraction of the"
                    + " bucket's limit per window from 0 to 10, e.g. steps:0.25@0s;0.55@40s;0.05@80s");
        }
    }

    private static double parseFraction(String text) {
        double f;
        try {
            f = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a fraction");
        }
        if (!(f >= 0 && f <= 10)) {
            throw new IllegalArgumentException("fraction must be 0 to 10, was " + text);
        }
        return f;
    }

    /** One step: {@code fraction} of the limit per window from {@code from}. */
    record Step(double fraction, Duration from) {}

    /** Steady (one step from 0) or steps. */
    record Steps(List<Step> steps) implements RateProfile {
        public Steps {
            steps = List.copyOf(steps);
            if (steps.isEmpty()) {
                throw new IllegalArgumentException("no steps");
            }
            for (int i = 1; i < steps.size(); i++) {
                if (steps.get(i).from().compareTo(steps.get(i - 1).from()) <= 0) {
                    throw new IllegalArgumentException("step times must increase");
                }
            }
        }

        static Steps parse(String body) {
            List<Step> out = new ArrayList<>();
            for (String part : body.split(";")) {
                int at = part.indexOf('@');
                if (at < 0) {
                    throw new IllegalArgumentException("step '" + part + "' is not F@T");
                }
                out.add(new Step(parseFraction(part.substring(0, at)), SpecDurations.parse(part.substring(at + 1))));
            }
            return new Steps(out);
        }

        @Override
        public long dueMillis(long k, int limit, long windowMillis) {
            double target = k + 0.5; // requests "owed" by the time this one is due
            double done = 0;
            for (int i = 0; i < steps.size(); i++) {
                Step s = steps.get(i);
                double perMilli = s.fraction() * limit / windowMillis;
                long start = s.from().toMillis();
                long end = i + 1 < steps.size() ? steps.get(i + 1).from().toMillis() : Long.MAX_VALUE;
                double inStep = end == Long.MAX_VALUE ? Double.POSITIVE_INFINITY : perMilli * (end - start);
                if (perMilli > 0 && done + inStep >= target) {
                    return start + (long) Math.ceil((target - done) / perMilli);
                }
                done += perMilli > 0 ? inStep : 0;
            }
            return Long.MAX_VALUE;
        }

        @Override
        public String toString() {
            if (steps.size() == 1 && steps.get(0).from().isZero()) {
                return "steady:" + steps.get(0).fraction();
            }
            StringBuilder b = new StringBuilder("steps:");
            for (Step s : steps) {
                b.append(b.length() == 6 ? "" : ";")
                        .append(s.fraction())
                        .append('@')
                        .append(SpecDurations.format(s.from()));
            }
            return b.toString();
        }
    }

    /** {@code fraction} of the limit at once every {@code period}, the first at {@code offset}. */
    record Bursts(double fraction, Duration period, Duration offset) implements RateProfile {
        public Bursts {
            if (period.toMillis() < 1) {
                throw new IllegalArgumentException("period must be positive");
            }
        }

        static Bursts parse(String body) {
            int slash = body.indexOf('/');
            if (slash < 0) {
                throw new IllegalArgumentException("'" + body + "' is not F/PERIOD[+OFFSET]");
            }
            String rest = body.substring(slash + 1);
            int plus = rest.indexOf('+');
            Duration period = SpecDurations.parse(plus < 0 ? rest : rest.substring(0, plus));
            Duration offset = plus < 0 ? Duration.ZERO : SpecDurations.parse(rest.substring(plus + 1));
            return new Bursts(RateProfile.parseFraction(body.substring(0, slash)), period, offset);
        }

        @Override
        public long dueMillis(long k, int limit, long windowMillis) {
            long size = Math.round(fraction * limit);
            return size == 0 ? Long.MAX_VALUE : offset.toMillis() + (k / size) * period.toMillis();
        }

        @Override
        public String toString() {
            return "bursts:" + fraction + "/" + SpecDurations.format(period)
                    + (offset.isZero() ? "" : "+" + SpecDurations.format(offset));
        }
    }
}
