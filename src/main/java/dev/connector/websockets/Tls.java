package dev.connector.websockets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * https and wss on the server's one port, from a PEM certificate chain and a PEM private key, read with the JDK's
 * own certificate and key factories into an in-memory key store.
 */
final class Tls {

    private static final Pattern PKCS8 =
            Pattern.compile("-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END PRIVATE KEY-----");
    private static final String ALIAS = "connector";

    private final SslContextFactory.Server contextFactory;

    private Tls(SslContextFactory.Server contextFactory) {
        this.contextFactory = contextFactory;
    }

    /** Reads and checks both files now, so that a wrong file stops the start with a message saying what to fix. */
    static Tls load(Path certificateFile, Path keyFile) {
        char[] password = new char[0];
        KeyStore keyStore = keyStore(certificateFile, keyFile, password);
        SslContextFactory.Server factory = new SslContextFactory.Server();
        factory.setKeyStore(keyStore);
        factory.setKeyStorePassword("");
        factory.setCertAlias(ALIAS);
        return new Tls(factory);
    }

    /** A connector speaking TLS, then HTTP/1.1 (WebSocket upgrades included), on {@code host:port}. */
    ServerConnector connector(Server server, HttpConfiguration plain, String host, int port) {
        HttpConfiguration https = new HttpConfiguration(plain);
        // Host names are the client's to verify; refusing requests whose SNI differs from the certificate would
        // only break clients that connect by IP address or through a tunnel.
        https.addCustomizer(new SecureRequestCustomizer(false));
        ServerConnector connector = new ServerConnector(server,
                new SslConnectionFactory(contextFactory, HttpVersion.HTTP_1_1.asString()),
                new HttpConnectionFactory(https));
        connector.setHost(host);
        connector.setPort(port);
        return connector;
    }

    static KeyStore keyStore(Path certificateFile, Path keyFile, char[] password) {
        List<Certificate> chain = certificates(certificateFile);
        PrivateKey key = privateKey(keyFile, chain.get(0).getPublicKey().getAlgorithm());
        requireMatch(key, chain.get(0), certificateFile, keyFile);
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, key, password, chain.toArray(Certificate[]::new));
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException("Cannot build a key store from --tls-cert and --tls-key: " + e.getMessage(), e);
        }
    }

    private static List<Certificate> certificates(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            List<Certificate> chain = List.copyOf(CertificateFactory.getInstance("X.509").generateCertificates(in));
            if (chain.isEmpty()) {
                throw new IllegalArgumentException("--tls-cert holds no certificate: " + file.toAbsolutePath());
            }
            return chain;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("--tls-cert is not a PEM certificate chain (" + e.getMessage() + "): "
                    + file.toAbsolutePath(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read --tls-cert " + file.toAbsolutePath(), e);
        }
    }

    private static PrivateKey privateKey(Path file, String algorithm) {
        String pem;
        try {
            pem = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read --tls-key " + file.toAbsolutePath(), e);
        }
        Matcher block = PKCS8.matcher(pem);
        if (!block.find()) {
            throw new IllegalArgumentException("--tls-key must be an unencrypted PKCS#8 PEM key (BEGIN PRIVATE KEY). "
                    + "Convert other keys with: openssl pkcs8 -topk8 -nocrypt -in " + file + " -out key.pem");
        }
        try {
            byte[] der = Base64.getMimeDecoder().decode(block.group(1));
            return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("--tls-key is not a valid " + algorithm + " private key for the certificate: "
                    + file.toAbsolutePath(), e);
        }
    }

    /** Signs a few bytes with the key and verifies them with the certificate, so a mismatched pair fails at start. */
    private static void requireMatch(PrivateKey key, Certificate certificate, Path certificateFile, Path keyFile) {
        String algorithm = switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            case "EdDSA", "Ed25519", "Ed448" -> key.getAlgorithm();
            default -> null;
        };
        if (algorithm == null) {
            return;
        }
        try {
            byte[] probe = "connector".getBytes(StandardCharsets.US_ASCII);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(probe);
            if (!verifier.verify(signature)) {
                throw new IllegalArgumentException("--tls-key " + keyFile + " is not the key of the first certificate in --tls-cert "
                        + certificateFile);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Cannot check that --tls-key matches --tls-cert: " + e.getMessage(), e);
        }
    }
}
