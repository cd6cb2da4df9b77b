package org.parley.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A text file written atomically: everything goes to a temporary file beside the target, which
 * replaces the target only on {@link #commit()}. Closing without committing deletes the temporary
 * file and leaves any previous target untouched, so a failed run never leaves half a report.
 *
 * <p>Not thread-safe.
 */
public final class AtomicOutput implements AutoCloseable {

    private final Path target;
    private final Path temp;
    private final Writer writer;
    private boolean committed;

    private AtomicOutput(Path target, Path temp, Writer writer) {
        this.target = target;
        this.temp = temp;
        this.writer = writer;
    }

    /**
     * Opens a temporary file in the target's directory, creating the directory if needed.
     *
     * @throws UncheckedIOException naming the target when the directory cannot be written
     */
    public static AtomicOutput open(Path target) {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        try {
            if (Files.isDirectory(abs)) {
                throw new IOException("is a directory");
            }
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
            Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8),
                    1 << 16);
            return new AtomicOutput(abs, temp, w);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + reason(e), e);
        }
    }

    public Writer writer() {
        return writer;
    }

    /** Flushes, closes and moves the temporary file over the target. */
    public void commit() {
        try {
            writer.close();
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + reason(e), e);
        }
    }

    @Override
    public void close() {
        if (!committed) {
            try {
                writer.close();
            } catch (IOException ignored) {
                // the temporary file is deleted below; the target was never touched
            }
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // best effort: a stray dot-file is all that can remain
            }
        }
    }

    private static String reason(IOException e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName().replace("Exception", "") + (m == null ? "" : " " + m);
    }
}
