package org.parley.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code parley} command. {@code System.exit} is called here and nowhere else; everything else
 * returns exit codes (0 ok, 1 failure, 2 bad usage) so tests run commands in-process.
 */
@Command(name = "parley",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Where diplomats stand: quotes from news articles, attributed to their speakers, "
                + "classified by topic and stance, compiled into side-by-side position reports.",
        subcommands = {
                CommandLine.HelpCommand.class,
                ExtractCommand.class,
                EvalQuotesCommand.class,
                TrainCommand.class,
                EvaluateCommand.class,
                ReportCommand.class,
                SuggestCommand.class,
                BenchCommand.class,
        })
public final class Main implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line in-process and returns its exit code. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line, with Parley's exit codes and one-line error handling. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            cmd.getErr().println(cmd.getColorScheme().errorText("parley: " + oneLine(ex)));
            return 1;
        });
        return cl;
    }

    static String oneLine(Throwable ex) {
        String m = ex.getMessage();
        if (m == null || m.isBlank()) {
            m = ex.getClass().getSimpleName();
        }
        return m.replace('\n', ' ').replace('\r', ' ');
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 2;
    }

    /** Reads the version and library versions filtered in at build time. */
    public static final class Version implements CommandLine.IVersionProvider {
        public static Properties properties() {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("/org/parley/version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return p;
        }

        @Override
        public String[] getVersion() {
            Properties p = properties();
            return new String[] {
                    "parley " + p.getProperty("version", "unknown"),
                    "Apache OpenNLP " + p.getProperty("opennlp", "?") + ", Smile " + p.getProperty("smile", "?")
                            + ", Java " + System.getProperty("java.version"),
            };
        }
    }
}
