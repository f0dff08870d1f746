package vn.vanban4j.spring;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.vanban4j.importer.ImportException;

/** A document that cannot be read in (a scanned PDF, an unknown file type): 422 with the reason and its {@code source}. */
@RestControllerAdvice
public class Vanban4jImportProblemDetails {

    /** 422 Unprocessable Content: the request was understood, the document in it cannot be read. */
    @ExceptionHandler(ImportException.class)
    public ProblemDetail importFailed(ImportException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(422), e.getMessage());
        problem.setTitle("The document cannot be read in");
        if (e.source() != null) {
            problem.setProperty("source", e.source());
        }
        return problem;
    }
}
