package dev.connector.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The project's {@code ./connector} launcher run as a separate process, on this test's class path (through
 * {@code CONNECTOR_CLASSPATH}, so nothing is built), with its output collected line by line. Thread-safe.
 */
final class Launcher implements AutoCloseable {

    private static final Path SCRIPT = Path.of("connector").toAbsolutePath();

    private final Process process;
    private final List<String> out = new CopyOnWriteArrayList<>();
    private final List<String> err = new CopyOnWriteArrayList<>();
    private final Thread outReader;
    private final Thread errReader;

    private Launcher(Process process) {
        this.process = process;
        this.outReader = Thread.ofVirtual().start(() -> collect(process.getInputStream(), out));
        this.errReader = Thread.ofVirtual().start(() -> collect(process.getErrorStream(), err));
    }

    /** Starts {@code ./connector ARGS} with {@code environment} added to a clean one (no CONNECTOR_* of ours). */
    static Launcher start(Map<String, String> environment, String... args) {
        if (!Files.isExecutable(SCRIPT)) {
            throw new IllegalStateException("The launcher is not at " + SCRIPT);
        }
        List<String> command = new ArrayList<>();
        // A terminal hands a foreground command SIGINT as not ignored; a process started from a background job
        // inherits it ignored, and the JVM then never sees Ctrl-C. GNU env can reset that, as a terminal would.
        if (Files.isExecutable(Path.of("/usr/bin/env")) && envResetsSignals()) {
            command.addAll(List.of("/usr/bin/env", "--default-signal=INT"));
        }
        command.add(SCRIPT.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("CONNECTOR_"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("CONNECTOR_CLASSPATH", System.getProperty("java.class.path"));
        env.putAll(environment);
        try {
            return new Launcher(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code ./connector ARGS} to its end (at most two minutes). */
    static Launcher run(Map<String, String> environment, String... args) {
        Launcher launcher = start(environment, args);
        launcher.awaitExit(Duration.ofMinutes(2));
        return launcher;
    }

    int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("./connector did not end within " + timeout + "; out: " + out + " err: " + err);
            }
            outReader.join(Duration.ofSeconds(10));
            errReader.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
        return process.exitValue();
    }

    int exitCode() {
        return process.exitValue();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Sends a POSIX signal, such as INT (what Ctrl-C sends) or TERM, to the launcher's process. */
    void signal(String name) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new AssertionError("kill -" + name + " " + process.pid() + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    List<String> out() {
        return List.copyOf(out);
    }

    /** Standard error without blank lines (and without the JVM's own notices, which are not the command's). */
    List<String> err() {
        return err.stream()
                .filter(line -> !line.isBlank() && !line.startsWith("WARNING:") && !line.startsWith("Picked up "))
                .toList();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    private static void collect(InputStream stream, List<String> lines) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException e) {
            lines.add("(reading failed: " + e.getMessage() + ")");
        }
    }

    private static boolean envResetsSignals() {
        try {
            Process probe = new ProcessBuilder("/usr/bin/env", "--default-signal=INT", "true").start();
            return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
