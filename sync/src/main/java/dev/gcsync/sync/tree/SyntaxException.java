package dev.gcsync.sync.tree;

/** A file that cannot be parsed at all; carries the position of the first error. */
public final class SyntaxException extends Exception {
    private static final long serialVersionUID = 1L;
    private final Pos pos;

    public SyntaxException(Pos pos, String message) {
        super(message);
        this.pos = pos;
    }

    public Pos pos() {
        return pos;
    }
}
