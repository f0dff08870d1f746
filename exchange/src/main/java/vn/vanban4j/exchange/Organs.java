package vn.vanban4j.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.OrgChart;
import vn.vanban4j.model.Recipient;
import vn.vanban4j.model.VietnameseText;

/** Senders and receivers taken from an org chart whose units carry their {@code organId}. */
public final class Organs {
    private Organs() {
    }

    /** The unit of {@code chart} with this electronic identifier. */
    public static Optional<Organ> byId(OrgChart chart, String organId) {
        return chart.units().stream().filter(u -> organId.equals(u.organId())).findFirst().map(Organs::organ);
    }

    /** The unit of {@code chart} named as the document's issuer, when it has an identifier. */
    public static Optional<Organ> sender(OrgChart chart, Document document) {
        return named(chart, document.header().issuerName());
    }

    /**
     * The units of {@code chart} that the document's "Nơi nhận" and "Kính gửi" lines name, when they
     * have an identifier, each once, in the document's order.
     */
    public static List<Organ> receivers(OrgChart chart, Document document) {
        List<String> names = new ArrayList<>(document.addressees());
        document.recipients().stream().map(Recipient::name).forEach(names::add);
        List<Organ> found = new ArrayList<>();
        for (String name : names) {
            named(chart, name).filter(o -> found.stream().noneMatch(f -> f.organId().equals(o.organId())))
                    .ifPresent(found::add);
        }
        return found;
    }

    private static Optional<Organ> named(OrgChart chart, String name) {
        return chart.units().stream().filter(u -> u.organId() != null && VietnameseText.sameName(u.name(), name))
                .findFirst().map(Organs::organ);
    }

    private static Organ organ(OrgChart.Unit unit) {
        return Organ.of(unit.organId(), unit.name());
    }
}
