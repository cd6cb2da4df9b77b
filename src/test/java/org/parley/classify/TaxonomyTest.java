package org.parley.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaxonomyTest {

    @TempDir
    Path dir;

    @Test
    void bundledTaxonomyHasTheAnnotationTopicsInFileOrder() {
        Taxonomy t = Taxonomy.load(Path.of("corpus/taxonomy.yaml"));
        assertEquals("assad-future", t.ids().get(0));
        assertEquals(Taxonomy.OTHER, t.ids().get(t.ids().size() - 1));
        assertEquals(9, t.ids().size());
        for (Topic topic : t.topics()) {
            assertTrue(!topic.proposition().isBlank() && !topic.name().isBlank(), topic.id());
        }
        assertTrue(t.get("ceasefire").orElseThrow().cues().contains("truce"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            topics:\\n  - id: peace-talks\\n    name: Talks\\n    proposition: Talks should go ahead.\\n | no 'other' topic
            topics:\\n  - id: other\\n    name: O\\n    proposition: p\\n  - id: other\\n    name: O\\n    proposition: p\\n | defined twice
            topics:\\n  - id: Bad Id\\n    name: O\\n    proposition: p\\n | :2: topic id 'Bad Id'
            topics:\\n  - id: other\\n    name: O\\n | :2: topic 'other' has no proposition
            topics: [unclosed\\n | :1: while parsing a flow sequence
            nothing: here\\n | :1: expected a 'topics:' list
            """)
    void badFilesAreRejectedNamingFileAndLine(String yaml, String expected) throws IOException {
        Path f = dir.resolve("taxonomy.yaml");
        Files.writeString(f, yaml.replace("\\n", "\n"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Taxonomy.load(f));
        assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
