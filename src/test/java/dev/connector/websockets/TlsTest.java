package dev.connector.websockets;

import static dev.connector.websockets.WebSocketEventsTest.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connector.demo.DemoData;
import dev.connector.events.DomainEvent;
import dev.connector.testing.ApiClient;
import dev.connector.testing.RunningConnector;
import dev.connector.testing.StoreKind;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsTest {

    @TempDir
    Path folder;

    /** A self-signed certificate for 127.0.0.1 made with the JDK's keytool, written out as PEM files. */
    private record Pem(Path certificate, Path key, Certificate parsed) {
    }

    private Pem selfSigned(String name) throws IOException, InterruptedException, GeneralSecurityException {
        Path store = folder.resolve(name + ".p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", name, "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(output).isZero();
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keyStore.load(in, "changeit".toCharArray());
        }
        Certificate certificate = keyStore.getCertificate(name);
        PrivateKey key = (PrivateKey) keyStore.getKey(name, "changeit".toCharArray());
        Path certificateFile = folder.resolve(name + "-cert.pem");
        Path keyFile = folder.resolve(name + "-key.pem");
        Files.writeString(certificateFile, pem("CERTIFICATE", certificate.getEncoded()));
        Files.writeString(keyFile, pem("PRIVATE KEY", key.getEncoded()));
        return new Pem(certificateFile, keyFile, certificate);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static SSLContext trusting(Certificate certificate) throws GeneralSecurityException, IOException {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("server", certificate);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    @Test
    void with_a_pem_certificate_and_key_the_port_serves_https_and_wss() throws Exception {
        Pem pem = selfSigned("server");
        try (RunningConnector server = RunningConnector.start(StoreKind.SQLITE,
                config -> config.withWebSockets(config.websockets().withTls(pem.certificate(), pem.key())))) {
            SSLContext ssl = trusting(pem.parsed());
            String httpsUrl = "https://127.0.0.1:" + server.port();

            HttpResponse<String> health = HttpClient.newBuilder().sslContext(ssl).build().send(
                    HttpRequest.newBuilder(URI.create(httpsUrl + "/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);

            try (WsClient client = WsClient.secure(ssl, httpsUrl, ApiClient.UK)) {
                UUID resource = UUID.randomUUID();
                server.connector().transactions().write(tx -> {
                    tx.emit(new DomainEvent.ResourceUpdated(DemoData.UK_ENTERPRISE_ID, resource, "Inspected"));
                    return null;
                });

                assertThat(ids(client.awaitEvents(1))).containsExactly(resource.toString());
            }
        }
    }

    @Test
    void a_key_that_does_not_belong_to_the_certificate_stops_the_start() throws Exception {
        Pem server = selfSigned("server");
        Pem other = selfSigned("other");

        assertThatThrownBy(() -> RunningConnector.start(StoreKind.SQLITE,
                config -> config.withWebSockets(config.websockets().withTls(server.certificate(), other.key()))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--tls-key")
                .hasMessageContaining("not the key");
    }

    @Test
    void a_key_in_another_pem_format_is_refused_with_the_command_to_convert_it() throws Exception {
        Pem server = selfSigned("server");
        Path legacy = folder.resolve("legacy.pem");
        Files.writeString(legacy, pem("EC PRIVATE KEY", new byte[] {1, 2, 3}));

        assertThatThrownBy(() -> RunningConnector.start(StoreKind.SQLITE,
                config -> config.withWebSockets(config.websockets().withTls(server.certificate(), legacy))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PKCS#8")
                .hasMessageContaining("openssl pkcs8 -topk8 -nocrypt");
    }
}
