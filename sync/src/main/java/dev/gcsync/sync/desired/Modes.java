package dev.gcsync.sync.desired;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The mode of each facet. Everything is additive unless the file or the command line says otherwise. */
public record Modes(Map<Facet, FacetMode> byFacet) {
    public Modes {
        EnumMap<Facet, FacetMode> copy = new EnumMap<>(Facet.class);
        for (Facet f : Facet.values()) {
            copy.put(f, FacetMode.ADDITIVE);
        }
        copy.putAll(byFacet);
        byFacet = Collections.unmodifiableMap(copy);
    }

    public static Modes allAdditive() {
        return new Modes(Map.of());
    }

    public FacetMode of(Facet facet) {
        return byFacet.get(facet);
    }

    public Modes with(Facet facet, FacetMode mode) {
        EnumMap<Facet, FacetMode> copy = new EnumMap<>(byFacet);
        copy.put(facet, mode);
        return new Modes(copy);
    }
}
