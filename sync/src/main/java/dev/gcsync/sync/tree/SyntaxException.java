package dev.gcsync.sync.tree;

/** A file that cannot be parsed at all; carries the position of the first error and what to do about it. */
public final class SyntaxException extends Exception {
    private static final long serialVersionUID = 1L;
    private final Pos pos;
    private final String hint;

    public SyntaxException(Pos pos, String message) {
        this(pos, message, "Fix the file's syntax here");
    }

    public SyntaxException(Pos pos, String message, String hint) {
        super(message);
        this.pos = pos;
        this.hint = hint;
    }

    public Pos pos() {
        return pos;
    }

    public String hint() {
        return hint;
    }
}
