package vn.vanban4j.hostexample;

import java.time.LocalDate;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.vanban4j.Vanban4j;
import vn.vanban4j.model.Document;
import vn.vanban4j.rules.DueDate;

/**
 * A Spring Boot host: the starter provides {@link Vanban4j}; the application's own service uses it.
 * Settings go in application.properties ({@code vanban4j.templates}, {@code vanban4j.pdf.timeout} ...).
 * Its web endpoint maps no error itself: the starter answers broken JSON, a template error or a
 * missing LibreOffice with problem details; Actuator shows the {@code vanban4j} health and meters.
 */
@SpringBootApplication
public class SpringHostApplication {

    /** What a government system's service would do: render a plan and say when a task falls due. */
    public static class PlanService {
        private final Vanban4j vanban;

        public PlanService(Vanban4j vanban) {
            this.vanban = vanban;
        }

        public byte[] docx(Document plan) {
            return vanban.render(plan, Vanban4j.Format.DOCX);
        }

        public LocalDate due(Document plan, String phrase) {
            DueDate due = vanban.due(plan, phrase);
            return due.due();
        }
    }

    /** POST a plan's JSON to /plans/docx, /plans/pdf or /plans/html: the document rendered. */
    @RestController
    public static class PlanController {
        private final Vanban4j vanban;

        public PlanController(Vanban4j vanban) {
            this.vanban = vanban;
        }

        @PostMapping(path = "/plans/{format}", consumes = MediaType.APPLICATION_JSON_VALUE)
        public byte[] render(@PathVariable("format") String format, @RequestBody String json) {
            Document plan = vanban.read(json, "the request");
            return vanban.render(plan, Vanban4j.Format.valueOf(format.toUpperCase(java.util.Locale.ROOT)));
        }
    }

    @Bean
    PlanService planService(Vanban4j vanban) {
        return new PlanService(vanban);
    }

    public static void main(String[] args) {
        SpringApplication.run(SpringHostApplication.class, args);
    }
}
