package dev.gcsync.sync.org;

import java.util.List;

/** The org's routing skills, languages, queues and wrap-up codes, read once per run. */
public record Catalogue(List<NamedId> skills, List<NamedId> languages, List<NamedId> queues, List<NamedId> wrapupCodes) {
    public Catalogue {
        skills = List.copyOf(skills);
        languages = List.copyOf(languages);
        queues = List.copyOf(queues);
        wrapupCodes = List.copyOf(wrapupCodes);
    }
}
