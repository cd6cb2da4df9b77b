package org.parley.classify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A model directory: {@value #MODEL_FILE} and {@value #CARD_FILE}. Writes go to temporary files in
 * the target directory, then atomic moves, model first and card last; a loader checks the card's
 * SHA-256 of the model, so even a crash between the two moves is detected rather than silently
 * pairing a new model with an old card. Thread-safe (stateless).
 */
public final class ModelStore {

    public static final String MODEL_FILE = "model.bin";
    public static final String CARD_FILE = "model-card.json";

    private ModelStore() {
    }

    /** A loaded, checked model with its card. */
    public record Loaded(ParleyModel model, ModelCard card) {
    }

    /**
     * Fails fast when {@code dir} cannot take a model: creates it if missing and writes and deletes a
     * probe file.
     *
     * @throws IllegalStateException "cannot write to DIR: reason"
     */
    public static void checkWritable(Path dir) {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".parley-probe-", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new IllegalStateException("cannot write to " + dir + ": " + reason(e));
        }
    }

    /** Writes model and card atomically; on failure the previous model stays as it was. */
    public static void write(Path dir, byte[] model, byte[] card) {
        checkWritable(dir);
        Path tmpModel = null;
        Path tmpCard = null;
        try {
            tmpModel = Files.createTempFile(dir, ".model-", ".tmp");
            tmpCard = Files.createTempFile(dir, ".card-", ".tmp");
            Files.write(tmpModel, model);
            Files.write(tmpCard, card);
            readableByAll(tmpModel);
            readableByAll(tmpCard);
            move(tmpModel, dir.resolve(MODEL_FILE));
            move(tmpCard, dir.resolve(CARD_FILE));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the model to " + dir + ": " + reason(e));
        } finally {
            deleteQuietly(tmpModel);
            deleteQuietly(tmpCard);
        }
    }

    /** Temp files are created owner-only; a shipped model should be as readable as any other file. */
    private static void readableByAll(Path p) throws IOException {
        try {
            Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: keep the default permissions
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a leftover temp file is harmless: it never has the model's name
            }
        }
    }

    /**
     * Loads and checks a model directory.
     *
     * @throws IllegalArgumentException for a missing, foreign, corrupted or mismatched model, naming the file
     */
    public static Loaded load(Path dir) {
        Path cardFile = dir.resolve(CARD_FILE);
        Path modelFile = dir.resolve(MODEL_FILE);
        byte[] cardBytes = readAll(cardFile);
        byte[] modelBytes = readAll(modelFile);
        ModelCard card = ModelCard.parse(cardBytes, cardFile.toString());
        ParleyModel model = ModelFile.read(modelBytes, modelFile.toString());
        if (!card.modelSha256().equals(ModelFile.sha256Hex(modelBytes))) {
            throw new IllegalArgumentException(cardFile + ": the card describes another model file (SHA-256 differs)");
        }
        return new Loaded(model, card);
    }

    private static byte[] readAll(Path f) {
        try {
            return Files.readAllBytes(f);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(f + ": no such file (train a model with 'parley train')");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f + ": " + reason(e), e);
        }
    }

    private static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
