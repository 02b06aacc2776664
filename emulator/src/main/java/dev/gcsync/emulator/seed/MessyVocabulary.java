package dev.gcsync.emulator.seed;

import java.util.List;

/**
 * Names of a messy org: what admins really type into Genesys Cloud. Each list mixes plain names with the
 * characters that break naive files: commas, quotes, semicolons, colons, a leading formula character
 * ({@code = + - @}), accents, CJK, emoji, a trailing space, and pairs that differ only in case.
 */
final class MessyVocabulary {
    static final List<String> DIVISIONS = List.of("Home", "EMEA", "Americas", "APAC", "Ventes & Support (FR)");
    static final List<String> SKILLS = List.of(
            "Billing",
            "Payments",
            "Refunds, Disputes",
            "\"VIP\" Care",
            "Sales; Inbound",
            "Tier:2",
            "=Escalations",
            "+Upsell",
            "-Legacy Systems",
            "@Mentions",
            "Résiliation",
            "Kündigung",
            "日本語サポート",
            "客服",
            "Support 🚀",
            "Chat ",
            "Email",
            "EMAIL",
            "Fraud",
            "Retention",
            "Técnico",
            "O'Brien Accounts",
            "Back\\Office",
            "2024",
            "# Hashtag",
            "*Star",
            "[Beta] Chat");
    /** Skills deleted from the org that users still hold; one shares the name of a live skill (re-created). */
    static final List<String> DELETED_SKILLS = List.of("Billing", "Fax Support", "Pager; Legacy");

    static final List<String> LANGUAGES = List.of(
            "English",
            "Off",
            "Spanish",
            "Español (México)",
            "Français",
            "Deutsch",
            "日本語",
            "中文 (简体)",
            "Português",
            "Arabic العربية",
            "english (UK)",
            "ENGLISH (uk)",
            "Sign Language 🤟");
    static final List<String> DELETED_LANGUAGES = List.of("Klingon", "Esperanto");
    static final List<String> QUEUES = List.of(
            "Billing Support",
            "Support, Tier 1",
            "\"Gold\" Line",
            "Sales; EMEA",
            "=Billing",
            "+Priority",
            "-Overflow",
            "@Social",
            "Atención al Cliente",
            "カスタマーサポート",
            "Help 🆘",
            "Night Queue ",
            "VIP Care",
            "vip care",
            "Claims: Motor",
            "Back\\Office",
            "Yes",
            "{Brace} & !Bang",
            "| Pipe > Gt",
            "'Single' %");
    static final List<String> WRAPUP_CODES = List.of(
            "Resolved",
            "RESOLVED",
            "Not Resolved",
            "Escalated, Manager",
            "\"Hot\" Lead",
            "Callback; Tomorrow",
            "=SUM(A1)",
            "+1 Sale",
            "-Cancelled",
            "@Follow-up",
            "Résolu",
            "解決済み",
            "Done ✅",
            "Other ",
            "Spam: Robocall",
            "null",
            "~",
            "No",
            "1.5",
            "true",
            "&Anchor",
            "`Tick`");
    static final List<String> FIRST_NAMES = List.of(
            "Ana",
            "José",
            "Zoë",
            "Björn",
            "Siobhán",
            "Łukasz",
            "Ngọc",
            "Mei",
            "健",
            "Åsa",
            "François",
            "Olivia",
            "Liam",
            "Priya",
            "Omar",
            "Chloé",
            "Jürgen",
            "Dana 🌻",
            "=Chris",
            "+Sam",
            "-Alex",
            "@Kim",
            "O'Neil",
            "Mary-Jane",
            "\"Bobby\"");
    static final List<String> LAST_NAMES = List.of(
            "Silva",
            "García",
            "Müller",
            "Ó Briain",
            "Nguyễn",
            "Wang",
            "山田",
            "Lindqvist",
            "Dubois",
            "Smith",
            "Smith, Jr.",
            "O'Brien",
            "de la Cruz",
            "Kowalski; Ltd",
            "Patel",
            "Tanaka ");
    static final List<String> DEPARTMENTS = List.of(
            "Customer Care",
            "R&D, Billing",
            "\"Gold\" Team",
            "=Cost Centre 12",
            "Ventes; Paris",
            "Atención",
            "サポート",
            "Ops 🚀",
            "Support ",
            "true",
            "");
    static final List<String> TITLES = List.of(
            "Agent",
            "Senior Agent",
            "Team Lead, Nights",
            "+Supervisor",
            "-Trainee",
            "@Coach",
            "Spécialiste",
            "主任",
            "Lead 🌟",
            "Agent ",
            "007",
            "");
    static final List<String> GROUPS = List.of("Night Shift", "Bilingüe", "Overflow; Weekend", "全員");
    /** Proficiencies as admins set them: the bounds 0 and 5 included, and halves. */
    static final List<Double> LEVELS = List.of(0.0, 1.0, 2.0, 2.5, 3.0, 4.0, 4.5, 5.0);

    private MessyVocabulary() {}
}
