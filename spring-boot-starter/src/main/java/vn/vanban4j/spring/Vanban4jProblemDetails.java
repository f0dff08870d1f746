package vn.vanban4j.spring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import vn.vanban4j.importer.ImportException;
import vn.vanban4j.model.Message;
import vn.vanban4j.model.PlanFormatException;
import vn.vanban4j.render.PdfConverter;
import vn.vanban4j.render.RenderException;

/**
 * RFC 9457 problem details for the library's errors:
 * <ul>
 * <li>{@link PlanFormatException}: 400, {@code problems} a list of {@code {path, code, message}} (each
 * problem's JSON path; {@code line} and {@code column} too for a JSON syntax error), {@code source};</li>
 * <li>{@link RenderException}: 400, its message as the detail, its {@code code} and, for a template
 * error, {@code template}, {@code line} and {@code column};</li>
 * <li>{@link ImportException} (a scanned PDF, an unknown file type): 422 Unprocessable Content with the
 * reason, its {@code code} and its {@code source};</li>
 * <li>{@link PdfConverter.OfficeUnavailableException} (LibreOffice missing or not starting): 503 with
 * {@code code} PDF.</li>
 * </ul>
 * {@code title}, {@code detail} and each problem's {@code message} are in Vietnamese or English: the
 * language the request's {@code Accept-Language} prefers of the two, else {@code vanban4j.locale}
 * (Vietnamese by default); the codes stay the same in both.
 */
@RestControllerAdvice
public class Vanban4jProblemDetails {
    private static final List<Locale> SHIPPED = List.of(Message.VIETNAMESE, Locale.ENGLISH);

    private final Locale fallback;

    /** Answers in {@code fallback} when a request's Accept-Language names neither Vietnamese nor English. */
    public Vanban4jProblemDetails(Locale fallback) {
        this.fallback = java.util.Objects.requireNonNull(fallback, "fallback");
    }

    /** Answers in Vietnamese when a request's Accept-Language names neither Vietnamese nor English. */
    public Vanban4jProblemDetails() {
        this(Message.VIETNAMESE);
    }

    /** A plan's JSON that cannot be read: 400 with every problem and its JSON path. */
    @ExceptionHandler(PlanFormatException.class)
    public ProblemDetail planFormat(PlanFormatException e, WebRequest request) {
        Locale locale = locale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.summary(locale));
        problem.setTitle(ProblemTitles.PLAN_FORMAT.in(locale));
        problem.setProperty("source", e.source());
        List<Map<String, Object>> list = new ArrayList<>();
        for (PlanFormatException.Problem p : e.problems()) {
            list.add(fields(p, locale));
        }
        problem.setProperty("problems", list);
        return problem;
    }

    /** A template error, a limit crossed, a conversion that failed: 400 with the message and, when known, where. */
    @ExceptionHandler(RenderException.class)
    public ProblemDetail render(RenderException e, WebRequest request) {
        Locale locale = locale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.message(locale));
        problem.setTitle(ProblemTitles.RENDER.in(locale));
        problem.setProperty("code", e.code().name());
        if (e.template() != null) {
            problem.setProperty("template", e.template());
        }
        if (e.line() != null) {
            problem.setProperty("line", e.line());
        }
        if (e.column() != null) {
            problem.setProperty("column", e.column());
        }
        return problem;
    }

    /** 422 Unprocessable Content: the request was understood, the document in it cannot be read in. */
    @ExceptionHandler(ImportException.class)
    public ProblemDetail importFailed(ImportException e, WebRequest request) {
        Locale locale = locale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.message(locale));
        problem.setTitle(ProblemTitles.IMPORT.in(locale));
        problem.setProperty("code", e.code().name());
        if (e.source() != null) {
            problem.setProperty("source", e.source());
        }
        return problem;
    }

    /** PDF cannot be made on this machine now: 503. */
    @ExceptionHandler(PdfConverter.OfficeUnavailableException.class)
    public ProblemDetail pdfUnavailable(PdfConverter.OfficeUnavailableException e, WebRequest request) {
        Locale locale = locale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.message(locale));
        problem.setTitle(ProblemTitles.PDF_UNAVAILABLE.in(locale));
        problem.setProperty("code", e.code().name());
        return problem;
    }

    // Vietnamese or English, whichever the request's Accept-Language prefers; the fallback when it names neither
    private Locale locale(WebRequest request) {
        String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null || header.isBlank()) {
            return fallback;
        }
        try {
            Locale chosen = Locale.lookup(Locale.LanguageRange.parse(header), SHIPPED);
            return chosen == null ? fallback : chosen;
        } catch (IllegalArgumentException malformed) {
            return fallback;
        }
    }

    // path, code and message; line and column for a JSON syntax error
    private static Map<String, Object> fields(PlanFormatException.Problem p, Locale locale) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("path", p.path());
        out.put("code", p.code().name());
        out.put("message", p.message(locale));
        if (p.hasPosition()) {
            out.put("line", p.line());
            out.put("column", p.column());
        }
        return out;
    }
}
