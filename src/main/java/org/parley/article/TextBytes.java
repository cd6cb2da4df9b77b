package org.parley.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a file (or of one JSONL line) into text: binary detection, UTF-8 BOM removal
 * and strict UTF-8 decoding that knows where it failed.
 *
 * <p><b>Invalid UTF-8 is decoded, not skipped.</b> Each malformed or unmappable byte sequence becomes
 * one U+FFFD replacement character and the caller warns with the count and the byte offset of the
 * first one. Reason: news text that is not valid UTF-8 is nearly always valid text with a few stray
 * bytes (a Windows-1252 curly quote or accented name pasted into an otherwise UTF-8 file); skipping
 * the file would lose every quote in it for the sake of one character, while the replacement keeps
 * all the rest in place and the warning tells the user where to look. Files that are not text at
 * all are caught before decoding by {@link #looksBinary(byte[], int, int)}.
 *
 * <p>Stateless and thread-safe (a fresh decoder per call).
 */
public final class TextBytes {

    /** How many bytes {@link #looksBinary} samples. */
    static final int SAMPLE = 64 * 1024;

    private TextBytes() {
    }

    /**
     * The result of decoding.
     *
     * @param text        the decoded text, BOM dropped
     * @param badCount    how many invalid sequences were replaced by U+FFFD
     * @param firstBadAt  byte offset (from the start of the input, BOM included) of the first one, or -1
     */
    public record Decoded(String text, int badCount, long firstBadAt) {
        public boolean valid() {
            return badCount == 0;
        }
    }

    /**
     * True when the bytes are not text: a NUL byte anywhere in the first {@value #SAMPLE} bytes
     * (no text encoding we accept produces NUL; UTF-16 files land here too, and are reported as
     * binary), or more than 10% control characters other than tab, line feed, carriage return,
     * form feed and escape in that sample.
     */
    public static boolean looksBinary(byte[] b, int off, int len) {
        int n = Math.min(len, SAMPLE);
        int control = 0;
        for (int i = off; i < off + n; i++) {
            int c = b[i] & 0xff;
            if (c == 0) {
                return true;
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b) || c == 0x7f) {
                control++;
            }
        }
        return n > 0 && control * 10 > n;
    }

    /** Decodes {@code b[off, off+len)} as UTF-8, dropping a leading BOM, replacing invalid sequences. */
    public static Decoded decode(byte[] b, int off, int len) {
        int start = off;
        if (len >= 3 && (b[off] & 0xff) == 0xEF && (b[off + 1] & 0xff) == 0xBB && (b[off + 2] & 0xff) == 0xBF) {
            start += 3;
        }
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, start, off + len - start);
        CharBuffer out = CharBuffer.allocate(off + len - start + 16);
        int bad = 0;
        long first = -1;
        while (true) {
            CoderResult r = in.hasRemaining() ? dec.decode(in, out, true) : CoderResult.UNDERFLOW;
            if (r.isError()) {
                if (bad == 0) {
                    first = in.position() - off;
                }
                bad++;
                out.put('\uFFFD');
                in.position(in.position() + r.length());
            } else if (r.isOverflow()) {
                CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
                out.flip();
                bigger.put(out);
                out = bigger;
            } else {
                break;
            }
        }
        dec.flush(out);
        out.flip();
        return new Decoded(out.toString(), bad, first);
    }
}
