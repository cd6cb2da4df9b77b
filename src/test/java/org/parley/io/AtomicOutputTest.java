package org.parley.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {

    @TempDir
    Path dir;

    @Test
    void commitReplacesTheTarget() throws IOException {
        Path f = dir.resolve("sub/out.md");
        try (AtomicOutput o = AtomicOutput.open(f)) {
            o.writer().write("new");
            o.commit();
        }
        assertEquals("new", Files.readString(f));
        try (var s = Files.list(f.getParent())) {
            assertEquals(1, s.count(), "no temporary file left");
        }
    }

    @Test
    void closingWithoutCommitLeavesThePreviousFileAndNoTemporary() throws IOException {
        Path f = dir.resolve("out.md");
        Files.writeString(f, "old");
        try (AtomicOutput o = AtomicOutput.open(f)) {
            o.writer().write("half of a new");
        }
        assertEquals("old", Files.readString(f));
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count());
        }
    }

    @Test
    void aDirectoryTargetIsRefusedWithItsName() {
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> AtomicOutput.open(dir));
        assertTrue(e.getMessage().startsWith("cannot write " + dir), e.getMessage());
    }
}
