package vn.vanban4j.spring;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.vanban4j.Vanban4j;
import vn.vanban4j.render.PdfConverter;

/**
 * With Spring Boot Actuator, the {@code vanban4j} health indicator ({@code management.health.vanban4j.enabled=false}
 * turns it off), on Boot 3's health API or Boot 4's, whichever the application has; with a Micrometer {@link MeterRegistry} bean, the {@code vanban4j.pdf} timer on the
 * starter's converter and the {@link MeteredVanban4j} bean for {@code vanban4j.render}.
 */
@AutoConfiguration(after = Vanban4jAutoConfiguration.class, afterName = {
        "org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration",
        // the same on Spring Boot 4
        "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"})
public class Vanban4jActuatorAutoConfiguration {

    private static final String BOOT3_HEALTH = "org.springframework.boot.actuate.health.HealthIndicator";

    /** The health indicator on Spring Boot 3, named {@code vanban4j} after its bean. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = BOOT3_HEALTH)
    @ConditionalOnProperty(prefix = "management.health.vanban4j", name = "enabled", matchIfMissing = true)
    static class Health {
        @Bean
        @ConditionalOnMissingBean(name = "vanban4jHealthIndicator")
        Vanban4jHealthIndicator vanban4jHealthIndicator(Vanban4jProperties properties, ObjectProvider<PdfConverter> pdf) {
            return new Vanban4jHealthIndicator(properties.getTemplates(), pdf.getIfUnique());
        }
    }

    /** The health indicator on Spring Boot 4 (its health API moved to {@code spring-boot-health}). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    @ConditionalOnMissingClass(BOOT3_HEALTH)
    @ConditionalOnProperty(prefix = "management.health.vanban4j", name = "enabled", matchIfMissing = true)
    static class Boot4Health {
        @Bean
        @ConditionalOnMissingBean(name = "vanban4jHealthIndicator")
        Vanban4jBoot4HealthIndicator vanban4jHealthIndicator(Vanban4jProperties properties, ObjectProvider<PdfConverter> pdf) {
            return new Vanban4jBoot4HealthIndicator(properties.getTemplates(), pdf.getIfUnique());
        }
    }

    /** Micrometer meters, when the application has a registry. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    @ConditionalOnBean(MeterRegistry.class)
    static class Metrics {
        @Bean
        @ConditionalOnMissingBean(name = "vanban4jPdfMetrics")
        PdfConverter.Listener vanban4jPdfMetrics(ObjectProvider<MeterRegistry> registry) {
            return new PdfMetrics(registry);
        }

        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnBean(Vanban4j.class)
        MeteredVanban4j meteredVanban4j(Vanban4j vanban, MeterRegistry registry) {
            return new MeteredVanban4j(vanban, registry);
        }
    }
}
