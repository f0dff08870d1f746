package vn.vanban4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban4j.model.Message;
import vn.vanban4j.model.MessageBundleCheck;
import vn.vanban4j.samples.Samples;

/** The preview's status line and mistakes follow the command line's language, Vietnamese or English (no browser, no LibreOffice). */
class PreviewStatusTest {
    private static final Clock AT = Clock.fixed(Instant.parse("2026-09-10T03:02:03Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void bundlesHoldEveryKeyInBothLanguages() {
        assertThat(MessageBundleCheck.problems(PreviewMessages.class)).isEmpty();
    }

    // the page's first words and the state the page polls, from a server showing the HTML alone
    private JsonNode state(Path data, Locale locale, StringBuilder page) throws Exception {
        try (PreviewServer server = new PreviewServer(RenderCommand.rendererSource(null, null, false, null), data, null, List.of(data),
                null, 0, AT, locale)) {
            server.start();
            HttpClient http = HttpClient.newHttpClient();
            page.append(http.send(HttpRequest.newBuilder(URI.create(server.url())).build(), HttpResponse.BodyHandlers.ofString()).body());
            String json = http.send(HttpRequest.newBuilder(URI.create(server.url() + "state")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return new ObjectMapper().readTree(json);
        }
    }

    @Test
    void theStatusLineSpeaksTheCommandLinesLanguage() throws Exception {
        Path data = Files.writeString(dir.resolve("15-KH-UBND.json"), Samples.text(Samples.STATE_SAMPLE_PLAN));
        StringBuilder page = new StringBuilder();
        assertThat(state(data, Message.VIETNAMESE, page).get("status").asText())
                .isEqualTo("HTML: cập nhật lúc 03:02:03; PDF: không có (chưa cài LibreOffice)");
        assertThat(page).contains("<span id=\"status\">đang tải…</span>");
        page.setLength(0);
        assertThat(state(data, Locale.ENGLISH, page).get("status").asText())
                .isEqualTo("HTML: updated at 03:02:03; PDF: none (LibreOffice is not installed)");
        assertThat(page).contains("<span id=\"status\">loading…</span>");
    }

    @Test
    void aMistakeIsShownInTheSameLanguageAsTheStatus() throws Exception {
        Path data = Files.writeString(dir.resolve("hong.json"), "{\"kind\": \"PLAN\",");
        JsonNode vi = state(data, Message.VIETNAMESE, new StringBuilder());
        JsonNode en = state(data, Locale.ENGLISH, new StringBuilder());
        String viMessage = vi.get("error").get("message").asText();
        String enMessage = en.get("error").get("message").asText();
        assertThat(viMessage).startsWith("hong.json").isNotEqualTo(enMessage);
        assertThat(vi.get("status").asText()).isEqualTo("HTML: chưa có - lỗi: " + viMessage.lines().findFirst().orElseThrow()
                + "; PDF: chưa có");
        assertThat(en.get("status").asText()).isEqualTo("HTML: none yet - error: " + enMessage.lines().findFirst().orElseThrow()
                + "; PDF: none yet");
    }
}
