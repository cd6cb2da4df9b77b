package org.parley.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a JSON Lines file of {@link QuoteRecord}s; blank lines are skipped. */
public final class QuoteRecordReader {

    private QuoteRecordReader() {
    }

    /**
     * Reads every record of {@code file}.
     *
     * @throws IllegalArgumentException {@code file:line: reason} at the first bad line, or when the
     *                                  file does not exist
     * @throws UncheckedIOException     when the file cannot be read
     */
    public static List<QuoteRecord> readAll(Path file) {
        List<QuoteRecord> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    out.add(QuoteRecordJson.read(line));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + ":" + n + ": " + e.getMessage(), e);
                }
            }
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file", e);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new IllegalArgumentException(file + ": not valid UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        return out;
    }
}
