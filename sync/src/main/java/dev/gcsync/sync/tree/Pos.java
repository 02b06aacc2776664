package dev.gcsync.sync.tree;

/**
 * A place in an input file: 1-based line and column (column 0 when unknown; line 0 for the file as a whole,
 * or for a place that is not in a file, such as the OAuth client's permissions).
 */
public record Pos(String file, int line, int column) {
    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return column > 0 ? file + ":" + line + ":" + column : file + ":" + line;
    }
}
