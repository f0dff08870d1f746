package vn.vanban4j.importer;

import java.util.List;
import java.util.Optional;
import vn.vanban4j.model.Document;

/**
 * A document read in: the plan, and what was found for each field. Fields the document does not
 * show stay empty in the plan and are listed as {@link Finding.Status#MISSING}; nothing is invented.
 *
 * @param document the document
 * @param findings one finding per field read or missed, in document order
 */
public record ImportResult(Document document, List<Finding> findings) {
    /** The header fields every document should show: without one of them the import is incomplete. */
    public static final List<String> HEADER_FIELDS = List.of("$.kind", "$.family", "$.header.issuer", "$.number", "$.place",
            "$.issueDate", "$.summary");

    public ImportResult {
        findings = List.copyOf(findings);
    }

    /** The finding of a field, if the importer looked for it. */
    public Optional<Finding> finding(String field) {
        return findings.stream().filter(f -> f.field().equals(field)).findFirst();
    }

    /** How sure the reading of a field is (0 when it was not found). */
    public double confidence(String field) {
        return finding(field).map(Finding::confidence).orElse(0.0);
    }

    /** The header fields that were not found. */
    public List<String> missingHeaderFields() {
        return HEADER_FIELDS.stream().filter(f -> finding(f).map(x -> x.status() == Finding.Status.MISSING).orElse(true)).toList();
    }
}
