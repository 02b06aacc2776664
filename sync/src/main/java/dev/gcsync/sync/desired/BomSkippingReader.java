package dev.gcsync.sync.desired;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/** Drops a leading UTF-8 byte-order mark, which spreadsheet programs like to write. */
final class BomSkippingReader extends FilterReader {
    private boolean first = true;

    BomSkippingReader(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (first && n > 0) {
            first = false;
            if (buf[off] == '\uFEFF') {
                System.arraycopy(buf, off + 1, buf, off, n - 1);
                return n == 1 ? read(buf, off, len) : n - 1;
            }
        }
        return n;
    }
}
