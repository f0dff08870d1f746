package vn.vanban4j.spring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.vanban4j.importer.ImportException;
import vn.vanban4j.model.PlanFormatException;
import vn.vanban4j.render.PdfConverter;
import vn.vanban4j.render.RenderException;

/**
 * RFC 9457 problem details for the library's errors:
 * <ul>
 * <li>{@link PlanFormatException}: 400, {@code problems} a list of {@code {path, message}} (each
 * problem's JSON path; {@code line} and {@code column} too for a JSON syntax error), {@code source};</li>
 * <li>{@link RenderException}: 400, its message as the detail, its {@code code} and, for a template
 * error, {@code template}, {@code line} and {@code column};</li>
 * <li>{@link ImportException} (a scanned PDF, an unknown file type): 422 Unprocessable Content with the
 * reason and its {@code source};</li>
 * <li>{@link PdfConverter.OfficeUnavailableException} (LibreOffice missing or not starting): 503 with
 * {@code code} PDF.</li>
 * </ul>
 */
@RestControllerAdvice
public class Vanban4jProblemDetails {
    /** A plan's JSON that cannot be read: 400 with every problem and its JSON path. */
    @ExceptionHandler(PlanFormatException.class)
    public ProblemDetail planFormat(PlanFormatException e) {
        List<PlanFormatException.Problem> problems = e.problems();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                e.source() + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
        problem.setTitle("The document cannot be read");
        problem.setProperty("source", e.source());
        List<Map<String, Object>> list = new ArrayList<>();
        for (PlanFormatException.Problem p : problems) {
            list.add(fields(p));
        }
        problem.setProperty("problems", list);
        return problem;
    }

    /** A template error, a limit crossed, a conversion that failed: 400 with the message and, when known, where. */
    @ExceptionHandler(RenderException.class)
    public ProblemDetail render(RenderException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("The document cannot be rendered");
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
    public ProblemDetail importFailed(ImportException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setTitle("The document cannot be read in");
        if (e.source() != null) {
            problem.setProperty("source", e.source());
        }
        return problem;
    }

    /** PDF cannot be made on this machine now: 503. */
    @ExceptionHandler(PdfConverter.OfficeUnavailableException.class)
    public ProblemDetail pdfUnavailable(PdfConverter.OfficeUnavailableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("PDF is unavailable");
        problem.setProperty("code", e.code().name());
        return problem;
    }

    // path and message; line and column for a JSON syntax error
    private static Map<String, Object> fields(PlanFormatException.Problem p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("path", p.path());
        out.put("message", p.message());
        if (p.hasPosition()) {
            out.put("line", p.line());
            out.put("column", p.column());
        }
        return out;
    }
}
