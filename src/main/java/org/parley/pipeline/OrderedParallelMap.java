package org.parley.pipeline;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps a function over a stream of inputs on several threads and hands the results to a consumer
 * in input order, on the calling thread.
 *
 * <p>Why this shape: every article's quotes can be computed from that article alone, so the pipeline
 * is a map followed by one aggregation. Keeping results in input order makes the output identical
 * whatever the number of threads; bounding the number of inputs in flight ({@code threads × 4})
 * keeps memory flat however long the input is, because the reader is only pulled as results are
 * consumed. With one thread everything runs on the caller's thread, without an executor.
 *
 * @param <I> input type
 * @param <O> output type
 */
public final class OrderedParallelMap<I, O> {

    private final int threads;

    public OrderedParallelMap(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
    }

    /**
     * Applies {@code fn} to every element of {@code inputs} and passes the results to {@code sink} in
     * input order. An exception thrown by {@code fn} is rethrown here (unwrapped when unchecked) after
     * the workers are stopped; {@code fn} should catch what it can handle per element.
     */
    public void run(Iterator<I> inputs, Function<I, O> fn, Consumer<O> sink) {
        if (threads == 1) {
            while (inputs.hasNext()) {
                sink.accept(fn.apply(inputs.next()));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonFactory());
        try {
            int window = threads * 4;
            ArrayDeque<Future<O>> inFlight = new ArrayDeque<>(window);
            while (inputs.hasNext() || !inFlight.isEmpty()) {
                while (inFlight.size() < window && inputs.hasNext()) {
                    I in = inputs.next();
                    inFlight.add(pool.submit(() -> fn.apply(in)));
                }
                sink.accept(await(inFlight.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <O> O await(Future<O> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
    }

    private static ThreadFactory daemonFactory() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "parley-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
