package dev.connector.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connector.testing.RunningConnector;
import dev.connector.testing.StoreKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** The console over https (--tls-cert): the page, its modules and its admin API calls all go over TLS. */
class ConsoleOverTlsTest {

    @TempDir
    Path folder;

    @Test
    void the_console_signs_in_and_lists_applications_over_https() throws Exception {
        ConsoleBrowser.requireChromium();
        Path[] pem = selfSigned();
        try (RunningConnector server = RunningConnector.start(StoreKind.SQLITE,
                config -> config.withWebSockets(config.websockets().withTls(pem[0], pem[1])));
             ConsoleBrowser browser = ConsoleBrowser.open("https://127.0.0.1:" + server.port(),
                     "--ignore-certificate-errors")) {
            browser.go("#/applications");
            browser.signIn(RunningConnector.ADMIN_TOKEN);

            browser.waitForText(By.cssSelector("#page-applications"), "Connector API Test Client 2");
            assertThat(browser.script("return location.protocol")).isEqualTo("https:");
            assertThat(browser.driver().findElement(By.id("last-curl")).getText()).contains("https://127.0.0.1:");
            browser.screenshot("applications-over-tls");
        }
    }

    /** A self-signed certificate for 127.0.0.1 from the JDK's keytool, as the PEM files --tls-cert and --tls-key take. */
    private Path[] selfSigned() throws IOException, InterruptedException, GeneralSecurityException {
        Path store = folder.resolve("console.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "console", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
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
        PrivateKey key = (PrivateKey) keyStore.getKey("console", "changeit".toCharArray());
        Path certificateFile = folder.resolve("console-cert.pem");
        Path keyFile = folder.resolve("console-key.pem");
        Files.writeString(certificateFile, pem("CERTIFICATE", keyStore.getCertificate("console").getEncoded()));
        Files.writeString(keyFile, pem("PRIVATE KEY", key.getEncoded()));
        return new Path[] {certificateFile, keyFile};
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
