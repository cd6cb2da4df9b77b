package org.parley.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Runs independent training tasks 0…n−1 on a few daemon threads and waits for all of them. Each task
 * must write only its own result slot, so the outcome never depends on scheduling; the first failure
 * is rethrown (unchecked) once the pool is shut down. Thread-safe (stateless).
 */
final class Parallel {

    private Parallel() {
    }

    /**
     * @param tasks   number of tasks
     * @param threads worker threads (at least 1 is used, never more than {@code tasks})
     * @param name    thread name, seen in profiles and thread dumps
     * @param what    what is running, for the message when interrupted
     */
    static void forEach(int tasks, int threads, String name, String what, IntConsumer task) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, tasks)), r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>(tasks);
            for (int i = 0; i < tasks; i++) {
                int ii = i;
                futures.add(pool.submit(() -> task.accept(ii)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(what + " interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            throw c instanceof RuntimeException re ? re : new IllegalStateException(c);
        } finally {
            pool.shutdownNow();
        }
    }
}
