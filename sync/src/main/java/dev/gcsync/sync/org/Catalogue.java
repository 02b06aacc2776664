package dev.gcsync.sync.org;

import java.util.List;

/**
 * The org's routing skills, languages, queues and wrap-up codes, read once per run; and the skills and languages
 * deleted from the org that users still hold (the catalogue listings leave them out; users show them with
 * {@code state: deleted}), so that a file naming one is told so rather than "unknown".
 */
public record Catalogue(
        List<NamedId> skills,
        List<NamedId> languages,
        List<NamedId> queues,
        List<NamedId> wrapupCodes,
        List<NamedId> deletedSkills,
        List<NamedId> deletedLanguages) {
    public Catalogue {
        skills = List.copyOf(skills);
        languages = List.copyOf(languages);
        queues = List.copyOf(queues);
        wrapupCodes = List.copyOf(wrapupCodes);
        deletedSkills = deletedSkills == null ? List.of() : List.copyOf(deletedSkills);
        deletedLanguages = deletedLanguages == null ? List.of() : List.copyOf(deletedLanguages);
    }

    /** A catalogue that knows of no deleted skill or language. */
    public Catalogue(List<NamedId> skills, List<NamedId> languages, List<NamedId> queues, List<NamedId> wrapupCodes) {
        this(skills, languages, queues, wrapupCodes, List.of(), List.of());
    }

    /** The same, knowing of these deleted skills and languages. */
    public Catalogue withDeleted(List<NamedId> skills, List<NamedId> languages) {
        return new Catalogue(this.skills, this.languages, queues, wrapupCodes, skills, languages);
    }
}
