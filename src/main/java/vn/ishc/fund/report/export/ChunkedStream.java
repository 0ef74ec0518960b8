package vn.ishc.fund.report.export;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;

/**
 * An export as the HTTP server reads it: the next chunk (a page of entries, formatted) is made only when the
 * previous one has been sent, so memory holds one page whatever the ledger's size. A failure half-way (the
 * database gone) ends the transfer with an error, never with a file that looks complete.
 */
final class ChunkedStream extends InputStream {

    private static final Logger LOG = LoggerFactory.getLogger(ChunkedStream.class);

    /** Makes the chunks in order; null when there are no more. */
    interface Chunks {
        byte[] next();
    }

    private final Chunks chunks;
    private byte[] chunk = new byte[0];
    private int position;
    private boolean done;
    private IOException failure;

    ChunkedStream(Chunks chunks) {
        this.chunks = chunks;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (position == chunk.length) {
            if (failure != null) {
                throw failure;
            }
            if (done) {
                return -1;
            }
            try {
                byte[] next = chunks.next();
                if (next == null) {
                    done = true;
                } else {
                    chunk = next;
                    position = 0;
                }
            } catch (RuntimeException e) {
                LOG.warn("An export stopped half-way: {}", e.toString());
                failure = new IOException("the export stopped half-way", e);
                throw failure;
            }
        }
        int n = Math.min(length, chunk.length - position);
        System.arraycopy(chunk, position, into, offset, n);
        position += n;
        return n;
    }
}
