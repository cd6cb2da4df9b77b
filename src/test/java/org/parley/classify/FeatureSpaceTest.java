package org.parley.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeatureSpaceTest {

    private static final FeatureSpace SPACE = FeatureSpace.build(List.of(
            List.of("w:talk", "w:resum", "neg"),
            List.of("w:talk", FeatureSpace.crossed("peace-talks", "w:talk"), FeatureSpace.crossed("peace-talks", "neg")),
            List.of("w:strike", FeatureSpace.crossed("russian-airstrikes", "w:strike"))), 1);

    /** The fast path must give exactly the columns of the crossed names built out in full. */
    @ParameterizedTest
    @CsvSource({
        "peace-talks, w:talk neg w:unknown",
        "russian-airstrikes, w:strike w:talk",
        "ceasefire, w:talk neg",
        "peace-talks, ''",
    })
    void encodingWithCrossedFeaturesEqualsEncodingTheCrossedNames(String topic, String features) {
        List<String> base = features.isBlank() ? List.of() : List.of(features.split(" "));
        List<String> full = ParleyModel.stanceFeatures(base, topic, true);
        assertArrayEquals(SPACE.encode(full), SPACE.encodeWithCrossed(base, topic));
    }
}
