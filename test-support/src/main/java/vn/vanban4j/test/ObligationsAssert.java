package vn.vanban4j.test;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import vn.vanban4j.rules.Obligation;
import vn.vanban4j.rules.ObligationSet;

/** Assertions on who owes what by when. */
public final class ObligationsAssert extends AbstractAssert<ObligationsAssert, ObligationSet> {
    ObligationsAssert(ObligationSet actual) {
        super(actual, ObligationsAssert.class);
    }

    /** Some obligation of this unit, of this kind, falls due on this day. */
    public ObligationsAssert owes(String unitName, Obligation.Kind kind, LocalDate due) {
        isNotNull();
        List<Obligation> ofUnit = actual.obligations().stream().filter(o -> o.unitName().equals(unitName) && o.kind() == kind).toList();
        if (ofUnit.isEmpty()) {
            failWithMessage("<%s> owes no %s", unitName, kind);
        }
        if (ofUnit.stream().noneMatch(o -> o.due() != null && due.equals(o.due().due()))) {
            failWithMessage("<%s> owes %s on %s, not on %s", unitName, kind,
                    ofUnit.stream().map(o -> o.due() == null ? null : o.due().due()).toList(), due);
        }
        return this;
    }

    /** Every name in the plan was matched to a unit of the org chart. */
    public ObligationsAssert hasNoUnmatchedNames() {
        isNotNull();
        if (!actual.unmatched().isEmpty()) {
            failWithMessage("names matched to no unit: %s", actual.unmatched());
        }
        return this;
    }
}
