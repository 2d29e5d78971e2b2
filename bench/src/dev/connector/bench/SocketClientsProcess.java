package dev.connector.bench;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@link SocketClients} as its own process (same java and classpath as the bench) and reads back its frames. */
final class SocketClientsProcess implements AutoCloseable {

    /** Every frame received on every socket, in no particular order; cursors are -1 where a frame had none. */
    record Frames(long[] cursors, long[] receiptMicros, int[] events, int sockets, int socketsClosed, int socketErrors,
                  long dropped) {
        int size() {
            return cursors.length;
        }
    }

    private final Process process;
    private final BufferedReader stdout;
    private final Path file;

    private SocketClientsProcess(Process process, BufferedReader stdout, Path file) {
        this.process = process;
        this.stdout = stdout;
        this.file = file;
    }

    /**
     * Starts the clients and returns once all sockets are open. {@code cookie} may be null; {@code framesPerSocket}
     * bounds what each socket keeps; after {@code maxSeconds} the process writes what it has and exits by itself.
     */
    static SocketClientsProcess start(String url, int sockets, String cookie, int framesPerSocket, long maxSeconds, Path file) {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), SocketClients.class.getName(),
                url, Integer.toString(sockets), cookie == null ? "-" : cookie, Integer.toString(framesPerSocket),
                Long.toString(maxSeconds), file.toString());
        Process process = null;
        try {
            Files.createDirectories(file.getParent());
            process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.appendTo(file.resolveSibling(file.getFileName() + ".log").toFile()))
                    .start();
            BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            // Bounded by the clients' own open timeout and deadline: they print READY, FAILED or exit.
            String line = stdout.readLine();
            if (line == null || !line.startsWith(SocketClients.READY)) {
                throw new IllegalStateException("The socket clients did not open their sockets: " + line);
            }
            return new SocketClientsProcess(process, stdout, file);
        } catch (IOException | RuntimeException e) {
            if (process != null) {
                process.destroyForcibly();
            }
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /** Asks the clients to write their frames, waits for them to exit and reads the frames. */
    Frames stop() {
        try {
            Writer stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            stdin.write(SocketClients.STOP + "\n");
            stdin.flush();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The socket clients did not stop within 120 s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("The socket clients exited with " + process.exitValue() + ": " + stdout.readLine());
            }
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The file {@link SocketClients} writes: a header, then (cursor, receipt micros, events) per frame. */
    static Frames read(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            int sockets = in.readInt();
            int closed = in.readInt();
            int errors = in.readInt();
            long dropped = in.readLong();
            int total = Math.toIntExact(in.readLong());
            long[] cursors = new long[total];
            long[] receipts = new long[total];
            int[] events = new int[total];
            for (int i = 0; i < total; i++) {
                cursors[i] = in.readLong();
                receipts[i] = in.readLong();
                events[i] = in.readInt();
            }
            return new Frames(cursors, receipts, events, sockets, closed, errors, dropped);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
