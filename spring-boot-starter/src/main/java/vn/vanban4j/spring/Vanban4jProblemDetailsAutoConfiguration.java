package vn.vanban4j.spring;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * The library's errors as RFC 9457 problem details ({@code application/problem+json}) in a servlet
 * web application, instead of a 500 with a stack trace: {@link Vanban4jProblemDetails} (plan JSON,
 * templates, received documents, LibreOffice). On by default;
 * {@code vanban4j.problem-details.enabled=false} turns it off. An application's own handler of the
 * same exception (in its controller or an advice ordered before) wins. Messages are in the language the
 * request's Accept-Language prefers of Vietnamese and English, else in {@code vanban4j.locale} (vi by default).
 */
@AutoConfiguration(after = Vanban4jAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ProblemDetail.class, DispatcherServlet.class})
@ConditionalOnProperty(prefix = "vanban4j.problem-details", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(Vanban4jProperties.class)
public class Vanban4jProblemDetailsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public Vanban4jProblemDetails vanban4jProblemDetails(Vanban4jProperties properties) {
        return new Vanban4jProblemDetails(properties.getLocale());
    }
}
