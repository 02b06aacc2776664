package dev.gcsync.sync.plan;

/**
 * One line of a readable diff: {@code + skill Billing 4}, {@code ~ skill X 3→4}, {@code - queue Y}.
 *
 * @param what  "skill", "language", "queue", "wrap-up code", "title", "department" or "manager"
 * @param before the current value ("" when added)
 * @param after  the desired value ("" when removed)
 */
public record Change(Kind kind, String what, String name, String before, String after) {

    public enum Kind {
        ADD("+"),
        UPDATE("~"),
        REMOVE("-"),
        /** Membership through a group: reported, not changed (Genesys manages it through the group). */
        GROUP_KEPT("!");

        private final String symbol;

        Kind(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    public String describe() {
        String line = kind.symbol() + " " + what + (name.isEmpty() ? "" : " " + name);
        switch (kind) {
            case ADD:
                return after.isEmpty() ? line : line + " " + after;
            case UPDATE:
                return line + " " + before + "→" + after;
            case GROUP_KEPT:
                return line + " (member through a group; not removed)";
            default:
                return line;
        }
    }
}
