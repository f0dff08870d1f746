package vn.vanban4j.hostexample;

import java.time.LocalDate;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import vn.vanban4j.Vanban4j;
import vn.vanban4j.model.Document;
import vn.vanban4j.rules.DueDate;

/**
 * A Spring Boot host: the starter provides {@link Vanban4j}; the application's own service uses it.
 * Settings go in application.properties ({@code vanban4j.templates}, {@code vanban4j.pdf.timeout} ...).
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

    @Bean
    PlanService planService(Vanban4j vanban) {
        return new PlanService(vanban);
    }

    public static void main(String[] args) {
        SpringApplication.run(SpringHostApplication.class, args);
    }
}
