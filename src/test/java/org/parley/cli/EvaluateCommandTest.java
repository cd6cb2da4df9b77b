package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {

    @Test
    void scoresHeldOutLabelsAndListsConfidentMistakes(@TempDir Path dir) {
        String[] t = TrainCommandTest.run("train", "--data", TrainCommandTest.resource("small.jsonl").toString(),
                "--out", dir.toString(), "--folds", "2", "--learner", "maxent");
        assertEquals("0", t[0], t[2]);
        String[] r = TrainCommandTest.run("evaluate", "--data", TrainCommandTest.resource("small.csv").toString(),
                "--model", dir.toString(), "--errors", "2");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("Scored on 3 quotes of origin=article"), r[1]);
        assertTrue(r[1].contains("Most confident mistakes"), r[1]);
    }

    @Test
    void aCorruptedModelIsAOneLineError(@TempDir Path dir) throws Exception {
        TrainCommandTest.run("train", "--data", TrainCommandTest.resource("small.jsonl").toString(), "--out",
                dir.toString(), "--folds", "2", "--learner", "nb");
        byte[] b = Files.readAllBytes(dir.resolve("model.bin"));
        b[b.length - 40] ^= 1;
        Files.write(dir.resolve("model.bin"), b);
        String[] r = TrainCommandTest.run("evaluate", "--data", TrainCommandTest.resource("small.csv").toString(),
                "--model", dir.toString());
        assertEquals("1", r[0]);
        assertTrue(r[2].contains("corrupted model file (checksum mismatch)"), r[2]);
    }
}
