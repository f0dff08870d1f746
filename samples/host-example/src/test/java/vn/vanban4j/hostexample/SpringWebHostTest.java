package vn.vanban4j.hostexample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.vanban4j.Vanban4j;
import vn.vanban4j.render.PdfConverter;
import vn.vanban4j.test.Fixtures;

/**
 * The host as a web service with Actuator (Spring Boot 3.5 here, 4.0 in host-example-boot4, which runs these tests too): problem details for broken JSON, the
 * {@code vanban4j} health and meters, and a graceful shutdown that lets a PDF request in flight finish.
 */
class SpringWebHostTest {
    private int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest post(String path, String json) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
    }

    @Test
    void problemDetailsHealthMetricsAndAGracefulShutdownWithAPdfInFlight() throws Exception {
        // started as the host starts, so that the test closes it as SIGTERM would
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SpringHostApplication.class).properties("server.port=0",
                "vanban4j.pdf.processes=1", "server.shutdown=graceful", "management.endpoint.health.show-details=always",
                "management.endpoints.web.exposure.include=health,metrics").run();
        try {
            port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class); // Boot 3 and 4 alike
            exercise(context);
        } finally {
            context.close();
        }
    }

    private void exercise(ConfigurableApplicationContext context) throws Exception {
        Vanban4j vanban = context.getBean(Vanban4j.class);
        PdfConverter pdf = context.getBean(PdfConverter.class);
        HttpResponse<String> broken = http.send(post("/plans/docx", "{\"kind\": \"PLAN\", \"number\": 15}"), HttpResponse.BodyHandlers.ofString());
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(broken.body()).contains("\"problems\"", "\"path\"", "\"source\":\"the request\"").doesNotContain("Exception");

        String json = vanban.toJson(Fixtures.statePlan());
        HttpResponse<byte[]> docx = http.send(post("/plans/docx", json), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.body()).startsWith('P', 'K');

        HttpResponse<String> health = get("/actuator/health/vanban4j");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"", "\"templates\":\"shipped\"", "\"pdfProcesses\":1");
        assertThat(get("/actuator/health").body()).contains("\"vanban4j\"");

        assertThat(pdf.hasShutdownHook()).as("the context, not a JVM hook, stops LibreOffice").isFalse();
        assumeTrue(pdf.officeAvailable(), "LibreOffice is not installed");
        HttpResponse<byte[]> first = http.send(post("/plans/pdf", json), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(get("/actuator/metrics/vanban4j.pdf").body()).contains("\"name\":\"vanban4j.pdf\"", "\"result\"");

        // a PDF request under way when the application shuts down finishes, then LibreOffice stops
        CompletableFuture<HttpResponse<byte[]>> inFlight = http.sendAsync(post("/plans/pdf", json), HttpResponse.BodyHandlers.ofByteArray());
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (pdf.conversionsUnderWay() == 0 && !inFlight.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(inFlight).as("still converting when the shutdown begins").isNotDone();
        context.close();
        HttpResponse<byte[]> done = inFlight.get();
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(new String(done.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.isRunning()).isFalse();
        assertThat(pdf.isClosed()).isTrue();
    }
}
