package org.parley.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.pipeline.QuoteRecord;

class SpillingEvidenceStoreTest {

    @Test
    void aReportThatFailsToOpenLeavesNoTemporaryFiles(@TempDir Path tmp) throws Exception {
        SpillingEvidenceStore disk = new SpillingEvidenceStore(tmp);
        org.junit.jupiter.api.Assertions.assertThrows(UnknownNameException.class, () -> PositionReport.open(
                ReportFixtures.TAXONOMY, ReportFixtures.MODEL, ReportOptions.defaults().withTopics(List.of("weather")),
                java.util.Optional::of, disk));
        try (var left = java.nio.file.Files.list(tmp)) {
            assertEquals(0, left.count(), "the store's directory is deleted");
        }
    }

    @Test
    void selectsLikeTheInMemoryStoreAndCleansUp(@TempDir Path tmp) {
        List<QuoteRecord> all = ReportFixtures.fixture().stream().filter(q -> q.topic() != null).toList();
        SpillingEvidenceStore disk = new SpillingEvidenceStore(tmp);
        InMemoryEvidenceStore heap = new InMemoryEvidenceStore();
        all.forEach(disk::add);
        all.forEach(heap::add);
        Predicate<QuoteRecord> anna = q -> "Anna Varga".equals(q.speaker());
        for (String topic : ReportFixtures.TAXONOMY.ids()) {
            assertEquals(heap.select(topic, anna), disk.select(topic, anna), topic);
            assertEquals(heap.select(topic, q -> true), disk.select(topic, q -> true), topic);
        }
        List<QuoteRecord> ceasefire = disk.select("ceasefire", anna);
        assertEquals(4, ceasefire.size());
        assertEquals("2016-02-05", ceasefire.get(0).date().toString(), "newest first");
        assertTrue(Files.isDirectory(disk.directory()));
        disk.close();
        disk.close();
        assertFalse(Files.exists(disk.directory()));
    }

    @Test
    void storesDropTheContextSentence() {
        QuoteRecord q = ReportFixtures.fixture().get(0);
        QuoteRecord withContext = new QuoteRecord(q.article(), q.kind(), q.text(), q.speaker(), q.speakerMention(),
                q.start(), q.end(), q.paragraph(), q.date(), q.outlet(), "A long sentence around the quote.",
                q.topic(), q.stance(), q.topicConfidence(), q.stanceConfidence(), q.origin());
        InMemoryEvidenceStore heap = new InMemoryEvidenceStore();
        heap.add(withContext);
        assertNull(heap.select(q.topic(), x -> true).get(0).context());
        assertEquals(q, heap.select(q.topic(), x -> true).get(0));
    }

    @Test
    void aConfidenceAtTheThresholdEdgeReadsTheSameFromDisk(@TempDir Path tmp) {
        List<QuoteRecord> quotes = ReportFixtures.fixture().stream().filter(q -> q.topic() != null)
                .map(q -> q.withPrediction(q.topic(), q.stance(), 0.499996, 0.9)).toList();
        String heap = ReportFixtures.render(quotes, ReportOptions.defaults(), ReportFormat.MARKDOWN);
        String disk = ReportFixtures.render(quotes, ReportOptions.defaults(), ReportFormat.MARKDOWN,
                new SpillingEvidenceStore(tmp));
        assertEquals(heap, disk);
        assertFalse(heap.contains(" ? |"), "0.499996 rounds to 0.5, which is not below the threshold");
    }
}
