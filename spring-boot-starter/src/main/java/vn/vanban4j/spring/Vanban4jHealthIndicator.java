package vn.vanban4j.spring;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import vn.vanban4j.render.PdfConverter;

/** The {@code vanban4j} health on Spring Boot 3's Actuator; what it reports is told by {@link Vanban4jHealth}. */
public class Vanban4jHealthIndicator extends AbstractHealthIndicator {
    private final Vanban4jHealth health;

    /**
     * @param templates where the templates are (a folder, a {@code file:} URL or a {@code classpath:} location), or
     *                  null for the shipped templates
     * @param pdf       the converter in use, or null when there is none
     */
    public Vanban4jHealthIndicator(String templates, PdfConverter pdf) {
        super("vanban4j health check failed");
        this.health = new Vanban4jHealth(templates, pdf);
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Vanban4jHealth.Report report = health.check();
        (report.up() ? builder.up() : builder.down()).withDetails(report.details());
    }
}
