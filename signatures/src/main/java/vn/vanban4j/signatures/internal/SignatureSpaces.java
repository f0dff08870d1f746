package vn.vanban4j.signatures.internal;

import java.io.IOException;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import vn.vanban4j.signatures.Placement;
import vn.vanban4j.signatures.SignatureException;

/** A signature space the renderer marked with a named destination, read back as a {@link Placement}. */
public final class SignatureSpaces {
    private SignatureSpaces() {
    }

    public static Optional<Placement> find(byte[] pdf, String name, String destination) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPageDestination found = doc.getDocumentCatalog().findNamedDestinationPage(new PDNamedDestination(destination));
            if (!(found instanceof PDPageXYZDestination xyz) || found.retrievePageNumber() < 0) {
                return Optional.empty();
            }
            int index = found.retrievePageNumber();
            PDPage page = doc.getPage(index);
            // the destination is the blank line's left edge (its centre, the line being centred and empty) and top
            float x = Math.max(0, xyz.getLeft() - page.getMediaBox().getLowerLeftX() - Placement.SPACE_WIDTH / 2);
            float y = Math.max(0, page.getMediaBox().getUpperRightY() - xyz.getTop());
            return Optional.of(Placement.at(index + 1, x, y, Placement.SPACE_WIDTH, Placement.SPACE_HEIGHT));
        } catch (IOException e) {
            throw new SignatureException(name + ": not a readable PDF: " + e.getMessage(), e);
        }
    }
}
