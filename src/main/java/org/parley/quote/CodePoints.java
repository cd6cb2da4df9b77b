package org.parley.quote;

/**
 * Converts between UTF-16 char indices and code-point offsets of one string, remembering the last
 * position so that a run of nearby conversions costs the distance between them, not the distance
 * from the start (a 5 MB article with thousands of quotes stays linear). Not thread-safe: one per
 * extraction.
 */
final class CodePoints {

    private final String s;
    private int lastChar;
    private int lastCp;

    CodePoints(String s) {
        this.s = s;
    }

    int toCodePoint(int charIndex) {
        if (charIndex >= lastChar) {
            lastCp += s.codePointCount(lastChar, charIndex);
        } else {
            lastCp -= s.codePointCount(charIndex, lastChar);
        }
        lastChar = charIndex;
        return lastCp;
    }

    int toChar(int codePoint) {
        lastChar = s.offsetByCodePoints(lastChar, codePoint - lastCp);
        lastCp = codePoint;
        return lastChar;
    }
}
