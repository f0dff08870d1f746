package vn.vanban4j.spring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import vn.vanban4j.Vanban4j;
import vn.vanban4j.render.PdfConverter;
import vn.vanban4j.render.Profile;
import vn.vanban4j.render.RenderLimits;
import vn.vanban4j.render.Renderer;
import vn.vanban4j.render.TemplateSource;
import vn.vanban4j.rules.DeadlineRules;

/**
 * Beans for a Spring Boot application: a {@link Renderer} (templates folder, profile, limits from
 * {@code vanban4j.*}), the standard {@link DeadlineRules}, a {@link PdfConverter} pool whose
 * LibreOffice processes stop with the context, and the {@link Vanban4j} facade over them. Each is
 * replaced by a bean of the application's own.
 *
 * <p>The context owns the converter: it has no JVM shutdown hook of its own, and the context closes
 * it when it destroys its beans, that is after every {@code SmartLifecycle} phase has stopped (a web
 * server's graceful shutdown included), so requests still draining finish their PDF; {@code close()}
 * then waits for conversions still under way, at most the conversion timeout
 * ({@code vanban4j.pdf.timeout}).
 */
@AutoConfiguration
@EnableConfigurationProperties(Vanban4jProperties.class)
public class Vanban4jAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public Renderer vanban4jRenderer(Vanban4jProperties properties) {
        String templates = properties.getTemplates();
        Renderer renderer = templates == null || templates.isBlank() ? Renderer.standard()
                : Renderer.standard().withTemplates(TemplateSource.at(templates));
        String profile = properties.getProfile();
        if (profile != null && !profile.isBlank()) {
            renderer = renderer.withProfile(profile(profile));
        }
        Vanban4jProperties.Template t = properties.getTemplate();
        return renderer.withLimits(new RenderLimits(t.getTimeLimit(), t.getOutputLimit(), t.getNestingLimit(), t.getSizeLimit(),
                t.getMemoryLimit(), t.getImagePixelLimit()));
    }

    private static Profile profile(String profile) {
        if (Profile.SHIPPED.contains(profile)) {
            return Profile.named(profile);
        }
        Path file = Path.of(profile);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("vanban4j.profile: \"" + profile + "\" is neither a shipped profile "
                    + Profile.SHIPPED + " nor a profile file");
        }
        try {
            return Profile.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Bean
    @ConditionalOnMissingBean
    public DeadlineRules vanban4jDeadlineRules() {
        return DeadlineRules.standard();
    }

    /**
     * Starts no office process until the first PDF; registers no JVM shutdown hook (it would stop
     * LibreOffice while the context still drains requests): the context's close stops the processes,
     * after letting conversions under way finish. Conversions are told to the application's
     * {@link PdfConverter.Listener} beans (metrics).
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public PdfConverter vanban4jPdfConverter(Vanban4jProperties properties, ObjectProvider<PdfConverter.Listener> listeners) {
        Vanban4jProperties.Pdf pdf = properties.getPdf();
        PdfConverter converter = pdf.getOfficeHome() == null ? PdfConverter.standard()
                : PdfConverter.withOfficeHome(pdf.getOfficeHome(), pdf.getTimeout());
        converter = converter.withTimeout(pdf.getTimeout()).withProcesses(pdf.getProcesses()).withShutdownHook(false);
        List<PdfConverter.Listener> all = listeners.orderedStream().toList();
        if (all.isEmpty()) {
            return converter;
        }
        return converter.withListener(all.size() == 1 ? all.get(0) : (took, failure) -> all.forEach(l -> l.converted(took, failure)));
    }

    @Bean
    @ConditionalOnMissingBean
    public Vanban4j vanban4j(Renderer renderer, DeadlineRules rules, PdfConverter pdf) {
        return Vanban4j.standard().withRenderer(renderer).withRules(rules).withPdfConverter(pdf);
    }
}
