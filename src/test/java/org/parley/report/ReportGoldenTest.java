package org.parley.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.pipeline.QuoteRecord;

/**
 * The fixture report, compared byte for byte with {@code src/test/resources/report/fixture.md} and
 * {@code fixture.json}.
 *
 * <p>After an intended change of the output, regenerate the golden files with
 * {@code mvn -o test -Dtest='org.parley.report.ReportGoldenTest' -Dparley.updateGolden=true}, then read
 * the diff before committing it.
 */
class ReportGoldenTest {

    private static final boolean UPDATE = Boolean.getBoolean("parley.updateGolden");

    @Test
    void markdownMatchesGolden() throws IOException {
        golden("fixture.md", ReportFixtures.markdown(ReportOptions.defaults()));
    }

    @Test
    void jsonMatchesGolden() throws IOException {
        golden("fixture.json", ReportFixtures.render(ReportFixtures.fixture(), ReportOptions.defaults(),
                ReportFormat.JSON));
    }

    @Test
    void inputOrderDoesNotMatter() {
        String expected = ReportFixtures.markdown(ReportOptions.defaults());
        for (long seed = 1; seed <= 5; seed++) {
            List<QuoteRecord> shuffled = new ArrayList<>(ReportFixtures.fixture());
            Collections.shuffle(shuffled, new Random(seed));
            assertEquals(expected, ReportFixtures.render(shuffled, ReportOptions.defaults(), ReportFormat.MARKDOWN),
                    "seed " + seed);
        }
    }

    @Test
    void spillingStoreGivesTheSameReport(@org.junit.jupiter.api.io.TempDir Path tmp) {
        for (ReportFormat f : ReportFormat.values()) {
            String inMemory = ReportFixtures.render(ReportFixtures.fixture(), ReportOptions.defaults(), f);
            String spilled = ReportFixtures.render(ReportFixtures.fixture(), ReportOptions.defaults(), f,
                    new SpillingEvidenceStore(tmp));
            assertEquals(inMemory, spilled, f.name());
        }
    }

    @Test
    void noWallClockWithoutStampAndStampWithIt() {
        String plain = ReportFixtures.markdown(ReportOptions.defaults());
        assertFalse(plain.contains("Generated"));
        java.io.StringWriter out = new java.io.StringWriter();
        try (PositionReport r = PositionReport.open(ReportFixtures.TAXONOMY, ReportFixtures.MODEL,
                ReportOptions.defaults().withStamp(true), ReportFixtures.CANONICAL, new InMemoryEvidenceStore())) {
            r.withClock(java.time.Clock.fixed(java.time.Instant.parse("2016-04-01T10:15:30.123Z"),
                    java.time.ZoneOffset.UTC));
            ReportFixtures.fixture().forEach(r::accept);
            r.write(ReportFixtures.CORPUS, ReportFormat.MARKDOWN, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        org.junit.jupiter.api.Assertions.assertTrue(out.toString().contains("- **Generated:** 2016-04-01T10:15:30Z."));
    }

    private static void golden(String name, String actual) throws IOException {
        Path file = ReportFixtures.RESOURCES.resolve(name);
        if (UPDATE) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
                name + " differs; see this class's Javadoc to regenerate");
    }
}
