package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrderedParallelMapTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 8})
    void resultsComeInInputOrderWhateverTheThreadCount(int threads) {
        List<Integer> in = IntStream.range(0, 500).boxed().toList();
        List<Integer> out = new ArrayList<>();
        new OrderedParallelMap<Integer, Integer>(threads).run(in.iterator(), i -> {
            if (i % 7 == 0) {
                Thread.onSpinWait();
            }
            return i * i;
        }, out::add);
        assertEquals(in.stream().map(i -> i * i).toList(), out);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4})
    void pullsInputsLazilyWithABoundedWindow(int threads) {
        AtomicInteger pulled = new AtomicInteger();
        AtomicInteger consumed = new AtomicInteger();
        AtomicInteger maxAhead = new AtomicInteger();
        Iterator<Integer> lazy = new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < 1000;
            }

            @Override
            public Integer next() {
                pulled.incrementAndGet();
                maxAhead.accumulateAndGet(pulled.get() - consumed.get(), Math::max);
                return i++;
            }
        };
        new OrderedParallelMap<Integer, Integer>(threads).run(lazy, i -> i, x -> consumed.incrementAndGet());
        assertEquals(1000, consumed.get());
        assertTrue(maxAhead.get() <= threads * 4 + 1, "inputs in flight: " + maxAhead.get());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void aFailureInTheFunctionIsRethrown(int threads) {
        List<Integer> in = IntStream.range(0, 50).boxed().toList();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new OrderedParallelMap<Integer, Integer>(threads).run(in.iterator(), i -> {
                    if (i == 20) {
                        throw new IllegalStateException("boom at 20");
                    }
                    return i;
                }, x -> { }));
        assertEquals("boom at 20", e.getMessage());
    }
}
