package org.parley.article;

/**
 * A stretch of an article's text.
 *
 * <p><b>The offset convention of the whole project, stated once:</b> {@code start} and {@code end}
 * count Unicode code points (not UTF-16 chars, not bytes) into {@link Article#text()}, the article
 * text after its front matter; {@code start} is inclusive and {@code end} exclusive. Code points are
 * what Python, JavaScript's {@code Array.from} and most annotation tools count, so offsets survive a
 * round trip through other tools even with emoji or other supplementary characters in the text.
 * Use {@link Article#span(int, int)} to turn char indices into a span and {@link Article#slice(Span)}
 * to read one back.
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    /** Number of code points shared with {@code other}; 0 when the spans do not overlap. */
    public int overlap(Span other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
