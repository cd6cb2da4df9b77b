package org.parley.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.pipeline.QuoteRecord;

class ModelFileTest {

    private static List<QuoteRecord> records;
    private static ParleyModel model;
    private static byte[] bytes;

    @BeforeAll
    static void train() {
        records = new LabelReader(Fixtures.taxonomy(), true).read(List.of(Fixtures.resource("small.jsonl"))).records();
        Trainer t = new Trainer(Fixtures.taxonomy().ids(), new Features(Features.cuePhrases(Fixtures.taxonomy())));
        model = t.train(records, new TrainSettings(Learner.MAXENT, Learner.SVM, true, 42));
        bytes = ModelFile.write(model);
    }

    @Test
    void roundTripPredictsIdentically() {
        ParleyModel back = ModelFile.read(bytes, "m");
        assertEquals(model, back);
        for (QuoteRecord r : records) {
            assertEquals(model.predict(r.text(), r.context()), back.predict(r.text(), r.context()));
        }
        assertArrayEquals(bytes, ModelFile.write(back));
    }

    @Test
    void aFlippedByteIsACorruptedModel() {
        byte[] b = bytes.clone();
        b[b.length / 2] ^= 0x10;
        assertEquals("m.bin: corrupted model file (checksum mismatch)", error(b));
    }

    @Test
    void aTruncatedFileIsACorruptedModel() {
        assertEquals("m.bin: corrupted model file (checksum mismatch)", error(Arrays.copyOf(bytes, bytes.length - 100)));
        assertEquals("m.bin: corrupted model file (truncated)", error(Arrays.copyOf(bytes, 14)));
    }

    @Test
    void aForeignFileIsNotAParleyModel() {
        assertEquals("m.bin: not a Parley model", error("{\"weights\": [1, 2, 3]}".getBytes(StandardCharsets.UTF_8)));
        assertEquals("m.bin: not a Parley model", error(new byte[0]));
    }

    @Test
    void aNewerFormatIsNamed() {
        byte[] b = bytes.clone();
        b[13 + 3] = 3;
        assertEquals("m.bin: model format 3, this Parley reads 1", error(b));
    }

    @Test
    void theStoreRejectsACardForAnotherModelAndLoadsItsOwn(@TempDir Path dir) throws Exception {
        byte[] card = ModelCard.bytes(ModelCard.start(ModelFile.sha256Hex(bytes)));
        ModelStore.write(dir, bytes, card);
        Classifier c = Classifier.load(dir);
        assertEquals(model.predict("We support a truce.", null), c.classify("We support a truce.", null));
        assertEquals(0.5, c.threshold());
        byte[] other = ModelCard.bytes(ModelCard.start("0".repeat(64)));
        Files.write(dir.resolve(ModelStore.CARD_FILE), other);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Classifier.load(dir));
        assertEquals(dir.resolve(ModelStore.CARD_FILE) + ": the card describes another model file (SHA-256 differs)",
                e.getMessage());
        Files.writeString(dir.resolve(ModelStore.CARD_FILE), "{\"schemaVersion\": 2}");
        e = assertThrows(IllegalArgumentException.class, () -> Classifier.load(dir));
        assertEquals(dir.resolve(ModelStore.CARD_FILE) + ": model card schema 2, this Parley reads 1", e.getMessage());
    }

    private static String error(byte[] b) {
        return assertThrows(IllegalArgumentException.class, () -> ModelFile.read(b, "m.bin")).getMessage();
    }
}
