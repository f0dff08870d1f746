package vn.vanban4j.spring;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The {@code vanban4j.*} settings of a Spring Boot application. */
@ConfigurationProperties(prefix = "vanban4j")
public class Vanban4jProperties {
    /**
     * Where templates that replace the shipped ones by name are: a folder (a path or a {@code file:} URL, with its
     * images/), or a {@code classpath:} location ({@code classpath:templates/}, in the application's jar); none
     * for the shipped templates.
     */
    private String templates;

    /** A shipped profile id (party-hd36-2018, party-hd05-2026, state-nd30-2020) or a profile JSON file; none to choose by family and date. */
    private String profile;

    /**
     * The language of the library's error messages in problem details (title, detail, each problem's message)
     * when a request's Accept-Language names neither Vietnamese nor English: vi (Vietnamese) or en (English).
     */
    private Locale locale = Locale.forLanguageTag("vi");

    private final Pdf pdf = new Pdf();

    private final Template template = new Template();

    private final ProblemDetails problemDetails = new ProblemDetails();

    public String getTemplates() {
        return templates;
    }

    public void setTemplates(String templates) {
        this.templates = templates;
    }

    public String getProfile() {
        return profile;
    }

    public void setProfile(String profile) {
        this.profile = profile;
    }

    public Locale getLocale() {
        return locale;
    }

    public void setLocale(Locale locale) {
        this.locale = locale;
    }

    public Pdf getPdf() {
        return pdf;
    }

    public Template getTemplate() {
        return template;
    }

    public ProblemDetails getProblemDetails() {
        return problemDetails;
    }

    /** The library's errors as RFC 9457 problem details in a servlet web application. */
    public static class ProblemDetails {
        /** Whether the library's errors answer as problem details (400, 422, 503) instead of 500. */
        private boolean enabled = true;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }

    /** PDF through LibreOffice. */
    public static class Pdf {
        /** The LibreOffice folder (holding program/soffice.bin); none to search the PATH and the usual folders. */
        private Path officeHome;

        /** How long one conversion may take. */
        private Duration timeout = Duration.ofSeconds(60);

        /** How many office processes convert side by side. */
        private int processes = 2;

        public Path getOfficeHome() {
            return officeHome;
        }

        public void setOfficeHome(Path officeHome) {
            this.officeHome = officeHome;
        }

        public Duration getTimeout() {
            return timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }

        public int getProcesses() {
            return processes;
        }

        public void setProcesses(int processes) {
            this.processes = processes;
        }
    }

    /** Bounds on each template run. */
    public static class Template {
        /** The longest a template may run for one document. */
        private Duration timeLimit = Duration.ofSeconds(10);

        /** The most characters a template may write for one document. */
        private long outputLimit = 20_000_000;

        /** The deepest nesting of directives, macro calls and includes, and of directives and brackets in a template's text. */
        private int nestingLimit = 400;

        /** The largest template file, in bytes, checked before it is parsed. */
        private long sizeLimit = 1 << 20;

        /** The most memory one template run may allocate, in bytes. */
        private long memoryLimit = 1L << 30;

        /** The most pixels (width times height) of an image put in a document. */
        private long imagePixelLimit = 40_000_000;

        public Duration getTimeLimit() {
            return timeLimit;
        }

        public void setTimeLimit(Duration timeLimit) {
            this.timeLimit = timeLimit;
        }

        public long getOutputLimit() {
            return outputLimit;
        }

        public void setOutputLimit(long outputLimit) {
            this.outputLimit = outputLimit;
        }

        public int getNestingLimit() {
            return nestingLimit;
        }

        public void setNestingLimit(int nestingLimit) {
            this.nestingLimit = nestingLimit;
        }

        public long getSizeLimit() {
            return sizeLimit;
        }

        public void setSizeLimit(long sizeLimit) {
            this.sizeLimit = sizeLimit;
        }

        public long getMemoryLimit() {
            return memoryLimit;
        }

        public void setMemoryLimit(long memoryLimit) {
            this.memoryLimit = memoryLimit;
        }

        public long getImagePixelLimit() {
            return imagePixelLimit;
        }

        public void setImagePixelLimit(long imagePixelLimit) {
            this.imagePixelLimit = imagePixelLimit;
        }
    }
}
