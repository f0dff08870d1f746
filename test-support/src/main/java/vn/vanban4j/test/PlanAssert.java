package vn.vanban4j.test;

import java.util.List;
import org.assertj.core.api.AbstractAssert;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.Task;
import vn.vanban4j.rules.DeadlineRules;
import vn.vanban4j.rules.Diagnostic;
import vn.vanban4j.rules.PlanChecks;

/** Assertions on a document (a plan read from JSON, built in code, or read in). */
public final class PlanAssert extends AbstractAssert<PlanAssert, Document> {
    PlanAssert(Document actual) {
        super(actual, PlanAssert.class);
    }

    public PlanAssert hasNumber(String number) {
        isNotNull();
        if (!java.util.Objects.equals(actual.number() == null ? null : actual.number().toString(), number)) {
            failWithMessage("expected the number <%s> but was <%s>", number, actual.number());
        }
        return this;
    }

    public PlanAssert hasTasks(int count) {
        isNotNull();
        if (actual.tasks().size() != count) {
            failWithMessage("expected %s tasks but found %s", count, actual.tasks().size());
        }
        return this;
    }

    /** A task whose text contains {@code words} has this deadline phrase. */
    public PlanAssert hasTaskWithDeadline(String words, String deadline) {
        isNotNull();
        List<Task> matching = actual.tasks().stream().filter(t -> t.text() != null && t.text().contains(words)).toList();
        if (matching.isEmpty()) {
            failWithMessage("no task contains <%s>", words);
        }
        if (matching.stream().noneMatch(t -> deadline.equals(t.deadline()))) {
            failWithMessage("the task with <%s> has the deadline <%s>, not <%s>", words, matching.get(0).deadline(), deadline);
        }
        return this;
    }

    /** No error-level mistakes (VB001...) by the standard rules. */
    public PlanAssert hasNoErrors() {
        isNotNull();
        List<Diagnostic> errors = PlanChecks.errors(PlanChecks.check(actual, DeadlineRules.standard()));
        if (!errors.isEmpty()) {
            failWithMessage("expected no errors but found %s", errors);
        }
        return this;
    }
}
