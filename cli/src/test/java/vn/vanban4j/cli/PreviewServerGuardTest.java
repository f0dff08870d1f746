package vn.vanban4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban4j.samples.Samples;

/**
 * The preview server answers only requests addressed to it by its loopback name and coming from
 * no other site: a page that rebinds its own host name to 127.0.0.1 (DNS rebinding) or calls the
 * preview from elsewhere gets 403. Plain HTTP on 127.0.0.1, no browser.
 */
class PreviewServerGuardTest {
    @TempDir
    Path dir;
    private PreviewServer server;
    private int port;

    @BeforeEach
    void start() throws IOException {
        Path data = Files.writeString(dir.resolve("15-KH-UBND.json"), Samples.text(Samples.STATE_SAMPLE_PLAN));
        server = new PreviewServer(RenderCommand.rendererSource(null, null, false, null), data, null, java.util.List.of(data), null, 0,
                java.time.Clock.systemDefaultZone(), java.util.Locale.ENGLISH);
        server.start();
        port = server.address().getPort();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** The status line of a GET sent with exactly these header lines. */
    private String get(String path, String... headers) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(5000);
            StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            request.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return response.lines().findFirst().orElse("");
        }
    }

    @Test
    void theLoopbackNamesAreServed() throws IOException {
        assertThat(get("/", "Host: 127.0.0.1:" + port)).contains(" 200");
        assertThat(get("/state", "Host: localhost:" + port)).contains(" 200");
        assertThat(get("/preview.html", "Host: 127.0.0.1:" + port, "Origin: http://127.0.0.1:" + port)).contains(" 200");
    }

    @Test
    void anotherHostNameIsRefused() throws IOException {
        assertThat(get("/", "Host: attacker.example:" + port)).contains(" 403");
        assertThat(get("/state", "Host: attacker.example")).contains(" 403");
        assertThat(get("/preview.html", "Host: 127.0.0.1")).contains(" 403");
        assertThat(get("/page/1.png", "Host: 127.0.0.1:" + (port == 1 ? 2 : port - 1))).contains(" 403");
        assertThat(get("/state", "Host: 127.0.0.1:" + port, "Host: attacker.example:" + port)).contains(" 403");
    }

    @Test
    void aCrossOriginRequestIsRefused() throws IOException {
        assertThat(get("/state", "Host: 127.0.0.1:" + port, "Origin: http://attacker.example")).contains(" 403");
        assertThat(get("/events", "Host: 127.0.0.1:" + port, "Origin: http://localhost:" + port)).contains(" 403");
        assertThat(get("/preview.html", "Host: localhost:" + port, "Origin: null")).contains(" 403");
    }
}
