package org.parley.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long run on stderr, shown only when stderr is a terminal (so logs and pipes stay
 * clean): a count of articles with the rate, through the progressbar library. Not thread-safe; the
 * pipeline steps it from the consuming thread.
 */
final class Progress implements AutoCloseable {

    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    /** A progress display when {@code enabled} and stderr is a terminal, else a silent one. */
    static Progress start(String task, boolean enabled) {
        if (!enabled || System.console() == null || System.getenv("CI") != null) {
            return new Progress(null);
        }
        ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(-1)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" articles", 1).setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true))).build();
        return new Progress(bar);
    }

    void step() {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
