package dev.gcsync.sync.tree;

/** A place in an input file: 1-based line and column (column 0 when unknown). */
public record Pos(String file, int line, int column) {
    @Override
    public String toString() {
        return column > 0 ? file + ":" + line + ":" + column : file + ":" + line;
    }
}
