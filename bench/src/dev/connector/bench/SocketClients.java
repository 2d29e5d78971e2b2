package dev.connector.bench;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many WebSocket clients in a process of their own, so that receiving the frames shares neither heap, GC pauses nor
 * JIT with the server or the bench. {@code URL SOCKETS COOKIE|- CAPACITY MAX_SECONDS OUT}: opens SOCKETS sockets
 * (with the Cookie header unless "-"), prints {@value #READY} once all are open, notes the cursor, event count and
 * receipt time of every frame on every socket (at most CAPACITY per socket), and on a "stop" line, the end of stdin
 * or MAX_SECONDS after it started writes them to OUT (see {@link SocketClientsProcess#read}) and exits.
 *
 * <p>The sockets are plain NIO channels read by {@value #READERS} selector threads, with just enough of RFC 6455
 * for a server's unmasked frames and an answer to its pings. The clients share the machine with the server they
 * measure: java.net.http's WebSocket spent about 20 us of CPU a frame here, twice what these plain reads cost, and
 * at 100,000 frames a second the difference is taken from the server.
 */
public final class SocketClients {

    static final String READY = "READY";
    static final String STOP = "stop";
    private static final byte[] CURSOR_FIELD = "\"Cursor\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EVENT_TYPE_FIELD = "\"Type\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HEADERS_END = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    /** One selector thread per core of the machine this runs on. */
    private static final int READERS = 2;
    private static final Duration OPEN_TIMEOUT = Duration.ofSeconds(120);
    private static final int OPCODE_CONTINUATION = 0x0;
    private static final int OPCODE_TEXT = 0x1;
    private static final int OPCODE_CLOSE = 0x8;
    private static final int OPCODE_PING = 0x9;

    /** Filled as the sockets open; a deadline can come before all are, so {@link #finish} skips the nulls. */
    private final Client[] clients;
    private final Path out;
    private final AtomicInteger closed = new AtomicInteger();
    private final AtomicInteger errors = new AtomicInteger();
    private volatile boolean ready;
    /** Guarded by this: stop, end of stdin and the deadline may all call {@link #finish}. */
    private boolean written;

    private SocketClients(int sockets, Path out) {
        clients = new Client[sockets];
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        int sockets = Integer.parseInt(args[1]);
        String cookie = args[2].equals("-") ? null : args[2];
        int capacity = Integer.parseInt(args[3]);
        long maxSeconds = Long.parseLong(args[4]);
        Path out = Path.of(args[5]);
        new SocketClients(sockets, out).run(url, cookie, capacity, maxSeconds);
    }

    private void run(URI url, String cookie, int capacity, long maxSeconds) throws IOException {
        int sockets = clients.length;
        // The hard deadlines: whatever happens to the bench or the server, this process does not outlive them by much.
        Thread.ofPlatform().daemon().start(() -> {
            sleep(OPEN_TIMEOUT.toMillis());
            if (!ready) {
                System.out.println("FAILED to open " + sockets + " sockets within " + OPEN_TIMEOUT.toSeconds() + " s");
                System.out.flush();
                Runtime.getRuntime().halt(1);
            }
        });
        Thread.ofPlatform().daemon().start(() -> {
            sleep(TimeUnit.SECONDS.toMillis(maxSeconds));
            System.err.println("socket clients: deadline of " + maxSeconds + " s reached");
            finish();
        });
        Selector[] selectors = new Selector[READERS];
        for (int r = 0; r < READERS; r++) {
            selectors[r] = Selector.open();
        }
        for (int i = 0; i < sockets; i++) {
            clients[i] = Client.open(this, url, cookie, capacity);
            clients[i].channel.register(selectors[i % READERS], SelectionKey.OP_READ, clients[i]);
        }
        for (Selector selector : selectors) {
            Thread.ofPlatform().daemon().name("socket-reader").start(() -> read(selector));
        }
        ready = true;
        System.out.println(READY + " " + sockets);
        System.out.flush();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null && !line.trim().equals(STOP)) {
                // Only "stop" means anything.
            }
        }
        finish();
    }

    /** One selector thread: reads whatever arrived and records the complete frames in it. */
    private void read(Selector selector) {
        // Bytes that came with a handshake's answer are frames already.
        for (SelectionKey key : selector.keys()) {
            ((Client) key.attachment()).frames(Receiver.micros(Instant.now()));
        }
        while (true) {
            try {
                selector.select();
                for (SelectionKey key : selector.selectedKeys()) {
                    if (!((Client) key.attachment()).readable()) {
                        key.cancel();
                    }
                }
                selector.selectedKeys().clear();
            } catch (IOException e) {
                errors.incrementAndGet();
            }
        }
    }

    /** Writes what was received, once, and ends the process (whichever of stop, end of stdin or deadline comes first). */
    private synchronized void finish() {
        if (written) {
            return;
        }
        written = true;
        try {
            // Counts are read once: frames still arriving while the file is written are left out consistently.
            int[] counts = new int[clients.length];
            long total = 0;
            long dropped = 0;
            for (int i = 0; i < clients.length; i++) {
                if (clients[i] != null) {
                    counts[i] = clients[i].count;
                    total += counts[i];
                    dropped += clients[i].dropped;
                }
            }
            try (DataOutputStream data = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(out), 1 << 16))) {
                data.writeInt(clients.length);
                data.writeInt(closed.get());
                data.writeInt(errors.get());
                data.writeLong(dropped);
                data.writeLong(total);
                for (int i = 0; i < clients.length; i++) {
                    for (int j = 0; j < counts[i]; j++) {
                        data.writeLong(clients[i].cursors[j]);
                        data.writeLong(clients[i].receiptMicros[j]);
                        data.writeInt(clients[i].events[j]);
                    }
                }
            }
            System.out.println("DONE " + total);
            System.out.flush();
            Runtime.getRuntime().halt(0);
        } catch (Exception e) {
            e.printStackTrace();
            Runtime.getRuntime().halt(1);
        }
    }

    /**
     * One socket: its channel, the bytes not yet parsed into frames, and its frames in preallocated arrays. Only its
     * selector thread touches it after the handshake; the volatile count publishes the entries below it to
     * {@link #finish}.
     */
    private static final class Client {

        /** Where the socket counts its close or error. */
        private final SocketClients owner;
        final SocketChannel channel;
        final long[] cursors;
        final long[] receiptMicros;
        final int[] events;
        volatile int count;
        long dropped;
        /** Received bytes, in write mode between reads; grows for a frame larger than itself. */
        private ByteBuffer in = ByteBuffer.allocate(8192);
        /** The text of a message that arrived in several frames, which these small messages rarely do. */
        private ByteArrayOutputStream fragments;

        private Client(SocketClients owner, SocketChannel channel, int capacity) {
            this.owner = owner;
            this.channel = channel;
            cursors = new long[capacity];
            receiptMicros = new long[capacity];
            events = new int[capacity];
        }

        /** Connects and upgrades (blocking), then leaves the channel non-blocking for a selector. */
        static Client open(SocketClients owner, URI url, String cookie, int capacity) throws IOException {
            SocketChannel channel = SocketChannel.open(new InetSocketAddress(url.getHost(), url.getPort()));
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            byte[] nonce = new byte[16];
            ThreadLocalRandom.current().nextBytes(nonce);
            String request = "GET " + url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery()) + " HTTP/1.1\r\n"
                    + "Host: " + url.getHost() + ":" + url.getPort() + "\r\n"
                    + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Key: " + Base64.getEncoder().encodeToString(nonce) + "\r\n"
                    + (cookie == null ? "" : "Cookie: " + cookie + "\r\n") + "\r\n";
            ByteBuffer out = ByteBuffer.wrap(request.getBytes(StandardCharsets.UTF_8));
            while (out.hasRemaining()) {
                channel.write(out);
            }
            Client client = new Client(owner, channel, capacity);
            int headersEnd;
            while ((headersEnd = indexOf(client.in.array(), 0, client.in.position(), HEADERS_END)) < 0) {
                if (!client.in.hasRemaining() || channel.read(client.in) < 0) {
                    throw new IOException("The server closed or overflowed the upgrade of " + url);
                }
            }
            String head = new String(client.in.array(), 0, headersEnd, StandardCharsets.UTF_8);
            if (!head.startsWith("HTTP/1.1 101")) {
                throw new IOException("The upgrade of " + url + " was refused: " + head.lines().findFirst().orElse(""));
            }
            client.in.flip().position(headersEnd + HEADERS_END.length);
            client.in.compact();
            channel.configureBlocking(false);
            return client;
        }

        /** Reads what the channel has and records its frames; false once the socket is gone. */
        boolean readable() {
            try {
                while (true) {
                    if (!in.hasRemaining()) {
                        in = ByteBuffer.allocate(in.capacity() * 2).put(in.flip());
                    }
                    int room = in.remaining();
                    int read = channel.read(in);
                    if (read < 0) {
                        owner.closed.incrementAndGet();
                        channel.close();
                        return false;
                    }
                    if (read == 0) {
                        return true;
                    }
                    // The clock is read after each read, not once per selector pass: a pass over many sockets
                    // takes long enough that frames arriving during it would otherwise look older than they are.
                    if (!frames(Receiver.micros(Instant.now()))) {
                        return false;
                    }
                    // A read that did not fill the buffer took all there was; asking again would only cost a call.
                    if (read < room) {
                        return true;
                    }
                }
            } catch (IOException e) {
                owner.errors.incrementAndGet();
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // Already counted as an error.
                }
                return false;
            }
        }

        /** Takes the complete frames off the buffer; false when one of them closed the socket. */
        boolean frames(long now) {
            in.flip();
            try {
                while (in.remaining() >= 2) {
                    int start = in.position();
                    int first = in.get(start) & 0xFF;
                    int second = in.get(start + 1) & 0xFF;
                    int header = 2;
                    long length = second & 0x7F;
                    if (length == 126) {
                        if (in.remaining() < 4) {
                            break;
                        }
                        length = in.getShort(start + 2) & 0xFFFF;
                        header = 4;
                    } else if (length == 127) {
                        if (in.remaining() < 10) {
                            break;
                        }
                        length = in.getLong(start + 2);
                        header = 10;
                    }
                    boolean masked = (second & 0x80) != 0;
                    int maskAt = start + header;
                    if (masked) {
                        header += 4;
                    }
                    if (in.remaining() < header + length) {
                        break;
                    }
                    int payload = start + header;
                    if (masked) {
                        // Servers do not mask; unmasking in place keeps a misbehaving one readable all the same.
                        for (int i = 0; i < length; i++) {
                            in.put(payload + i, (byte) (in.get(payload + i) ^ in.get(maskAt + (i & 3))));
                        }
                    }
                    boolean last = (first & 0x80) != 0;
                    int opcode = first & 0x0F;
                    if (!message(opcode, last, payload, (int) length, now)) {
                        return false;
                    }
                    in.position(payload + (int) length);
                }
            } finally {
                in.compact();
            }
            return true;
        }

        private boolean message(int opcode, boolean last, int payload, int length, long now) {
            byte[] bytes = in.array();
            if (opcode == OPCODE_TEXT || opcode == OPCODE_CONTINUATION) {
                if (!last || fragments != null) {
                    if (fragments == null) {
                        fragments = new ByteArrayOutputStream();
                    }
                    fragments.write(bytes, payload, length);
                    if (last) {
                        byte[] whole = fragments.toByteArray();
                        fragments = null;
                        record(whole, 0, whole.length, now);
                    }
                } else {
                    record(bytes, payload, length, now);
                }
            } else if (opcode == OPCODE_PING) {
                pong(bytes, payload, length);
            } else if (opcode == OPCODE_CLOSE) {
                owner.closed.incrementAndGet();
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // Closing a closed socket: nothing left to do.
                }
                return false;
            }
            return true;
        }

        private void record(byte[] text, int from, int length, long now) {
            int at = count;
            if (at < cursors.length) {
                cursors[at] = cursor(text, from, from + length);
                receiptMicros[at] = now;
                events[at] = occurrences(text, from, from + length, EVENT_TYPE_FIELD);
                count = at + 1;
            } else {
                dropped++;
            }
        }

        /** Answers a ping as RFC 6455 asks of a client: a masked pong with the same payload. */
        private void pong(byte[] bytes, int payload, int length) {
            byte[] mask = new byte[4];
            ThreadLocalRandom.current().nextBytes(mask);
            ByteBuffer frame = ByteBuffer.allocate(6 + length).put((byte) 0x8A).put((byte) (0x80 | length)).put(mask);
            for (int i = 0; i < length; i++) {
                frame.put((byte) (bytes[payload + i] ^ mask[i & 3]));
            }
            frame.flip();
            try {
                // A few bytes on a socket the server reads: the kernel takes them at once, so no write interest is kept.
                for (int tries = 0; frame.hasRemaining() && tries < 1000; tries++) {
                    channel.write(frame);
                }
            } catch (IOException e) {
                owner.errors.incrementAndGet();
            }
        }
    }

    /** The frame's Cursor as a number, or -1; frames end with it, so it is looked for from the end. */
    static long cursor(byte[] text, int from, int to) {
        int at = -1;
        for (int start = to - CURSOR_FIELD.length; start >= from; start--) {
            if (matchesAt(text, start, CURSOR_FIELD)) {
                at = start;
                break;
            }
        }
        if (at < 0) {
            return -1;
        }
        long value = 0;
        for (int i = at + CURSOR_FIELD.length; i < to; i++) {
            byte c = text[i];
            if (c == '"') {
                return value;
            }
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return -1;
    }

    /** How many events a frame carries: event entries are flat objects, each with one Type. */
    static int occurrences(byte[] text, int from, int to, byte[] needle) {
        int found = 0;
        for (int start = from; start <= to - needle.length; start++) {
            if (matchesAt(text, start, needle)) {
                found++;
                start += needle.length - 1;
            }
        }
        return found;
    }

    private static int indexOf(byte[] text, int from, int to, byte[] needle) {
        for (int start = from; start <= to - needle.length; start++) {
            if (matchesAt(text, start, needle)) {
                return start;
            }
        }
        return -1;
    }

    private static boolean matchesAt(byte[] text, int start, byte[] needle) {
        for (int i = 0; i < needle.length; i++) {
            if (text[start + i] != needle[i]) {
                return false;
            }
        }
        return true;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
