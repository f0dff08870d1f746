package vn.vanban4j.render.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.vanban4j.model.Message;
import vn.vanban4j.render.Images;
import vn.vanban4j.render.RenderException;
import vn.vanban4j.render.internal.Blocks.Addressees;
import vn.vanban4j.render.internal.Blocks.Appendix;
import vn.vanban4j.render.internal.Blocks.Block;
import vn.vanban4j.render.internal.Blocks.Caption;
import vn.vanban4j.render.internal.Blocks.Cell;
import vn.vanban4j.render.internal.Blocks.Closing;
import vn.vanban4j.render.internal.Blocks.Heading;
import vn.vanban4j.render.internal.Blocks.PageHeader;
import vn.vanban4j.render.internal.Blocks.Para;
import vn.vanban4j.render.internal.Blocks.Row;
import vn.vanban4j.render.internal.Blocks.Run;
import vn.vanban4j.render.internal.Blocks.SignatureBlock;
import vn.vanban4j.render.internal.Blocks.Table;
import vn.vanban4j.render.internal.Blocks.Title;

/**
 * Reads the block vocabulary (docs/TEMPLATES.md, {@code blocks.xsd} in the jar) that a template
 * writes, strictly: an unknown element or attribute, a value out of its range, content where none
 * is allowed, or a second header or closing is an error naming the template, line and column that
 * wrote it and what is allowed there.
 */
public final class BlockXml {
    private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();

    static {
        FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    /** The attributes each element takes; an element not named here is not a block. */
    public static final Map<String, List<String>> ATTRIBUTES = Map.ofEntries(
            Map.entry("document", List.of()), Map.entry("header", List.of("logo")), Map.entry("subject", List.of()),
            Map.entry("title", List.of("kind")), Map.entry("heading", List.of("level")), Map.entry("p", List.of("role", "end")),
            Map.entry("addressees", List.of("align")), Map.entry("to", List.of()), Map.entry("caption", List.of("role")),
            Map.entry("table", List.of("widths", "split")), Map.entry("tr", List.of("header", "group")),
            Map.entry("td", List.of("colspan", "rowspan", "align")), Map.entry("closing", List.of()),
            Map.entry("signature", List.of()), Map.entry("authority", List.of()), Map.entry("position", List.of()),
            Map.entry("sign", List.of("image", "seal")), Map.entry("signer", List.of()), Map.entry("recipients", List.of()),
            Map.entry("appendix", List.of("orientation")), Map.entry("b", List.of()), Map.entry("i", List.of()),
            Map.entry("footnote", List.of()));

    private static final String BLOCKS = "header, title, heading, p, addressees, caption, table, closing, appendix";

    private final BlockOutput output;
    private final XMLStreamReader r;
    private final java.util.Set<String> images;
    // where the first <closing> and <header> stand in the output (line, column), made into a template position only for a message
    private int[] closingAt;
    private int[] headerAt;
    private int[] endAt;

    private BlockXml(BlockOutput output, XMLStreamReader reader, java.util.Set<String> images) {
        this.output = output;
        this.r = reader;
        this.images = images;
    }

    /**
     * The blocks a template wrote, every image they name among {@code images}, and the images of
     * the document's own signatures ({@code signatureImages}) too when an empty {@code <closing/>}
     * brings those signatures in.
     *
     * @throws RenderException naming the template position of the first mistake; of code IMAGE for
     *     an image that is not there
     */
    public static List<Block> parse(BlockOutput output, Images images, List<String> signatureImages) {
        XMLStreamReader reader;
        try {
            reader = FACTORY.createXMLStreamReader(output.reader());
        } catch (XMLStreamException e) {
            throw new RenderException(RenderException.Code.TEMPLATE_OUTPUT, Message.of(RenderMessages.AT, output.template(), e.getMessage()));
        }
        BlockXml xml = new BlockXml(output, reader, images.names());
        try {
            while (reader.next() != XMLStreamConstants.START_ELEMENT) {
                // skip prolog
            }
            if (!reader.getLocalName().equals("document")) {
                throw xml.error(RenderMessages.B_START, reader.getLocalName());
            }
            xml.checkAttributes();
            List<Block> blocks = xml.blocks("document");
            xml.checkSignatureImages(blocks, signatureImages);
            return blocks;
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? output.template()
                    : output.where(Math.max(0, output.offsetOf(e.getLocation().getLineNumber(), e.getLocation().getColumnNumber()) - 1));
            String why = e.getMessage() == null ? "" : e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
            if (why.contains("entity name must immediately follow the '&'") || why.contains("must end with the ';' delimiter")) {
                // a parser's words for a plain "&" in the template's own text
                throw new RenderException(RenderException.Code.TEMPLATE_OUTPUT, Message.of(RenderMessages.BARE_AMPERSAND, where));
            }
            throw new RenderException(RenderException.Code.TEMPLATE_OUTPUT, Message.of(RenderMessages.BAD_BLOCK_XML, where, why.strip()));
        }
    }

    private List<Block> blocks(String parent) throws XMLStreamException {
        List<Block> blocks = new ArrayList<>();
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return blocks;
            }
            if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && !r.isWhiteSpace()) {
                throw error(RenderMessages.B_TEXT_OUTSIDE, shortText(r.getText()), parent);
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = r.getLocalName();
            checkAttributes();
            if (parent.equals("document") && !blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof Appendix
                    && !name.equals("appendix")) {
                throw error(RenderMessages.B_AFTER_APPENDIX, name);
            }
            switch (name) {
                case "header" -> {
                    if (headerAt != null || !parent.equals("document")) {
                        throw headerAt != null ? error(RenderMessages.B_SECOND_HEADER, output.whereElement(headerAt[0], headerAt[1])) : error(RenderMessages.B_HEADER_PLACE, parent);
                    }
                    if (!blocks.isEmpty()) {
                        throw error(RenderMessages.B_HEADER_FIRST);
                    }
                    headerAt = position();
                    String logo = image("logo", RenderMessages.LOGO);
                    blocks.add(new PageHeader(subject(), logo));
                }
                case "closing" -> {
                    if (closingAt != null || !parent.equals("document")) {
                        throw closingAt != null ? error(RenderMessages.B_SECOND_CLOSING, output.whereElement(closingAt[0], closingAt[1])) : error(RenderMessages.B_CLOSING_PLACE, parent);
                    }
                    closingAt = position();
                    blocks.add(closing());
                }
                case "title" -> blocks.add(new Title(attribute("kind"), runs(false, false)));
                case "heading" -> blocks.add(new Heading(level(), runs(false, false)));
                case "p" -> {
                    String role = choice("role", PARA_ROLES, "body");
                    boolean end = end(parent);
                    blocks.add(new Para(role, runs(false, false), end));
                }
                case "addressees" -> blocks.add(addressees());
                case "caption" -> blocks.add(new Caption(choiceRequired("role", CAPTION_ROLES), runs(false, false)));
                case "table" -> blocks.add(table());
                case "appendix" -> {
                    if (!parent.equals("document")) {
                        throw error(RenderMessages.B_APPENDIX_PLACE, parent);
                    }
                    boolean landscape = choice("orientation", List.of("portrait", "landscape"), "portrait").equals("landscape");
                    blocks.add(new Appendix(landscape, blocks("appendix")));
                }
                default -> throw !ATTRIBUTES.containsKey(name) ? error(RenderMessages.B_UNKNOWN_BLOCK, name, BLOCKS)
                        : SIGNATURE_PARTS.contains(name) ? error(RenderMessages.B_IN_CLOSING_ONLY, name, parent)
                        : error(RenderMessages.B_NOT_HERE, name, parent, BLOCKS);
            }
        }
        return blocks;
    }

    // end="true": the paragraph the end mark ends, one in the text before <closing>
    private boolean end(String parent) {
        if (!flag("end")) {
            return false;
        }
        if (endAt != null) {
            throw error(RenderMessages.B_SECOND_END, output.whereElement(endAt[0], endAt[1]));
        }
        if (!parent.equals("document") || closingAt != null) {
            throw error(RenderMessages.B_END_PLACE);
        }
        endAt = position();
        return true;
    }

    // <closing/>, or <closing> with <signature> blocks and/or <recipients> of its own
    private Closing closing() throws XMLStreamException {
        List<SignatureBlock> signatures = new ArrayList<>();
        List<List<Run>> recipients = null;
        while (nextTag() == XMLStreamConstants.START_ELEMENT) {
            checkAttributes();
            switch (r.getLocalName()) {
                case "signature" -> signatures.add(signature());
                case "recipients" -> {
                    if (recipients != null) {
                        throw error(RenderMessages.B_SECOND_RECIPIENTS);
                    }
                    recipients = new ArrayList<>();
                    while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                        if (!r.getLocalName().equals("to")) {
                            throw error(RenderMessages.B_RECIPIENTS_HOLD, r.getLocalName());
                        }
                        checkAttributes();
                        recipients.add(runs(false, false));
                    }
                }
                default -> throw error(RenderMessages.B_CLOSING_HOLDS, r.getLocalName());
            }
        }
        return new Closing(signatures, recipients);
    }

    // <signature><authority/>* <position/>+ <sign image? seal?/>? <signer/></signature>
    private SignatureBlock signature() throws XMLStreamException {
        List<List<Run>> authorities = new ArrayList<>();
        List<List<Run>> positions = new ArrayList<>();
        String image = null;
        String seal = null;
        List<Run> signer = null;
        String order = "authority, position, sign, signer";
        while (nextTag() == XMLStreamConstants.START_ELEMENT) {
            checkAttributes();
            String name = r.getLocalName();
            if (signer != null) {
                throw error(RenderMessages.B_AFTER_SIGNER, name, order);
            }
            switch (name) {
                case "authority" -> {
                    if (!positions.isEmpty()) {
                        throw error(RenderMessages.B_AUTHORITY_AFTER_POSITION, order);
                    }
                    authorities.add(runs(false, false));
                }
                case "position" -> positions.add(runs(false, false));
                case "sign" -> {
                    image = image("image", RenderMessages.SIGNATURE);
                    seal = image("seal", RenderMessages.SEAL);
                    if (nextTag() != XMLStreamConstants.END_ELEMENT) {
                        throw error(RenderMessages.B_SIGN_EMPTY);
                    }
                }
                case "signer" -> signer = runs(false, false);
                default -> throw error(RenderMessages.B_SIGNATURE_HOLDS, order, name);
            }
        }
        if (signer == null || positions.isEmpty()) {
            throw error(RenderMessages.B_SIGNATURE_NEEDS);
        }
        return new SignatureBlock(authorities, positions, image, seal, signer);
    }

    // the image an attribute names, which must be there; null when the attribute is absent or blank
    private String image(String attribute, RenderMessages what) {
        String name = blankToNull(r.getAttributeValue(null, attribute));
        if (name != null && !images.contains(name)) {
            throw missingImage(here(), what, name);
        }
        return name;
    }

    // a <closing/> of the document's own signatures names their images where it stands
    private void checkSignatureImages(List<Block> blocks, List<String> signatureImages) {
        boolean fromDocument = blocks.stream().anyMatch(b -> b instanceof Closing c && c.signatures().isEmpty());
        if (!fromDocument) {
            return;
        }
        for (String name : signatureImages) {
            if (!images.contains(name)) {
                throw missingImage(output.whereElement(closingAt[0], closingAt[1]), RenderMessages.SIGNATURE, name);
            }
        }
    }

    private RenderException missingImage(String where, RenderMessages what, String name) {
        Message why;
        if (!name.matches("(?i).+\\.(png|jpe?g)")) {
            why = Message.of(RenderMessages.IMAGE_NOT_PNG_OR_JPEG_NAMED, Message.of(what), name);
        } else {
            java.util.Optional<String> meant = images.stream().filter(name::equalsIgnoreCase).findFirst()
                    .or(() -> Spelling.nearest(name, images));
            why = meant.isPresent() ? Message.of(RenderMessages.IMAGE_MISSING_MEANT, Message.of(what), name, meant.get())
                    : Message.of(RenderMessages.IMAGE_MISSING, Message.of(what), name);
        }
        return new RenderException(RenderException.Code.IMAGE, Message.of(RenderMessages.AT, where, why));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static final List<String> SIGNATURE_PARTS = List.of("signature", "recipients", "authority", "position", "sign", "signer");

    private static final List<String> CAPTION_ROLES = List.of("heading", "title", "note");

    private static String shortText(String text) {
        String t = text.strip().replace('\n', ' ');
        return t.length() > 40 ? t.substring(0, 37) + "..." : t;
    }

    // every attribute of the current element is one it takes
    private void checkAttributes() {
        List<String> allowed = ATTRIBUTES.get(r.getLocalName());
        if (allowed == null) {
            return; // reported as an unknown element by the caller
        }
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String attribute = r.getAttributeLocalName(i);
            if (!allowed.contains(attribute)) {
                Object styling = attribute.equals("style") || attribute.equals("class") ? Message.of(RenderMessages.B_STYLING) : "";
                throw allowed.isEmpty() ? error(RenderMessages.B_NO_ATTRIBUTES, r.getLocalName(), attribute, shortText(r.getAttributeValue(i)), styling)
                        : error(RenderMessages.B_OTHER_ATTRIBUTES, r.getLocalName(), attribute, shortText(r.getAttributeValue(i)),
                                String.join(", ", allowed), styling);
            }
        }
    }

    private String choice(String attribute, List<String> allowed, String absent) {
        String value = r.getAttributeValue(null, attribute);
        if (value == null) {
            return absent;
        }
        if (!allowed.contains(value)) {
            throw error(RenderMessages.B_USE_ONE_OF, r.getLocalName(), attribute, shortText(value), String.join(", ", allowed));
        }
        return value;
    }

    private String choiceRequired(String attribute, List<String> allowed) {
        if (r.getAttributeValue(null, attribute) == null) {
            throw error(RenderMessages.B_NEEDS_CHOICE, r.getLocalName(), attribute, String.join("|", allowed));
        }
        return choice(attribute, allowed, null);
    }

    private boolean flag(String attribute) {
        return choice(attribute, List.of("true", "false"), "false").equals("true");
    }

    private static final List<String> PARA_ROLES = List.of("body", "basis", "enacting", "authority", "decides");

    private int level() {
        String value = attribute("level");
        try {
            int level = Integer.parseInt(value.strip());
            if (level >= 1 && level <= 9) {
                return level;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error(RenderMessages.B_HEADING_LEVEL, shortText(value));
    }

    // <header/> or <header><subject>V/v text</subject></header>
    private List<Run> subject() throws XMLStreamException {
        List<Run> subject = List.of();
        while (nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (!r.getLocalName().equals("subject")) {
                throw error(RenderMessages.B_HEADER_HOLDS, r.getLocalName());
            }
            checkAttributes();
            subject = runs(false, false);
        }
        return subject;
    }

    private Addressees addressees() throws XMLStreamException {
        String align = choice("align", List.of("left", "center"), "left");
        List<List<Run>> lines = new ArrayList<>();
        while (nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (!r.getLocalName().equals("to")) {
                throw error(RenderMessages.B_ADDRESSEES_HOLD, r.getLocalName());
            }
            checkAttributes();
            lines.add(runs(false, false));
        }
        return new Addressees(align.equals("center"), lines);
    }

    // the next start or end tag; text other than white space here is a mistake
    private int nextTag() throws XMLStreamException {
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT) {
                return event;
            }
            if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && !r.isWhiteSpace()) {
                throw error(RenderMessages.B_TEXT_WHERE_ELEMENTS, shortText(r.getText()));
            }
        }
    }

    private List<Run> runs(boolean bold, boolean italic) throws XMLStreamException {
        List<Run> runs = new ArrayList<>();
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                runs.add(new Run(r.getText(), bold, italic, false));
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                if (ATTRIBUTES.containsKey(name)) {
                    checkAttributes();
                }
                switch (name) {
                    case "b" -> runs.addAll(runs(true, italic));
                    case "i" -> runs.addAll(runs(bold, true));
                    case "footnote" -> runs.add(new Run(footnote(), false, false, true));
                    default -> throw error(RenderMessages.B_NOT_IN_TEXT, name);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return runs;
            }
        }
        return runs;
    }

    private String footnote() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return text.toString();
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                throw error(RenderMessages.B_FOOTNOTE_HOLDS, r.getLocalName());
            }
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(r.getText());
            }
        }
    }

    private Table table() throws XMLStreamException {
        List<List<Cell>> header = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        int[] at = position();
        String given = r.getAttributeValue(null, "widths");
        List<Double> widths = widths();
        boolean split = flag("split");
        while (nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (!r.getLocalName().equals("tr")) {
                throw error(RenderMessages.B_TABLE_HOLDS, r.getLocalName());
            }
            checkAttributes();
            boolean isHeader = flag("header");
            boolean group = flag("group");
            List<Cell> cells = new ArrayList<>();
            while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                if (!r.getLocalName().equals("td")) {
                    throw error(RenderMessages.B_TR_HOLDS, r.getLocalName());
                }
                checkAttributes();
                int colspan = span("colspan");
                int rowspan = span("rowspan");
                String align = align();
                cells.add(new Cell(runs(isHeader || group, false), colspan, rowspan, align));
            }
            if (isHeader) {
                header.add(cells);
            } else {
                rows.add(new Row(cells, group));
            }
        }
        if (header.isEmpty() && rows.isEmpty()) {
            throw error(RenderMessages.B_TABLE_NEEDS_ROW);
        }
        List<Cell> first = header.isEmpty() ? rows.get(0).cells() : header.get(0);
        int columns = first.stream().mapToInt(Cell::colspan).sum();
        if (!widths.isEmpty() && widths.size() != columns && !(header.isEmpty() && rows.get(0).group())) {
            // the DOCX and the preview would each lay the table out their own way
            throw new RenderException(RenderException.Code.TEMPLATE_OUTPUT, Message.of(RenderMessages.AT,
                    output.whereElement(at[0], at[1]), Message.of(RenderMessages.B_WIDTHS_COUNT, given, widths.size(), columns)));
        }
        return new Table(header, rows, widths, split);
    }

    // align="right" (numbers), "center" or "left"; null when the cell keeps its column's default
    private String align() throws XMLStreamException {
        String value = r.getAttributeValue(null, "align");
        if (value == null || value.equals("left") || value.equals("center") || value.equals("right")) {
            return value;
        }
        throw error(RenderMessages.B_CELL_ALIGN, value);
    }

    // widths="1,8,3": relative column widths, all positive
    private List<Double> widths() {
        String value = r.getAttributeValue(null, "widths");
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<Double> widths = new ArrayList<>();
        for (String part : value.split(",")) {
            try {
                double w = Double.parseDouble(part.strip());
                if (w > 0 && w <= 100) {
                    widths.add(w);
                    continue;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw error(RenderMessages.B_WIDTHS, shortText(value));
        }
        return widths;
    }

    private int span(String name) {
        String value = r.getAttributeValue(null, name);
        if (value == null) {
            return 1;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= 64) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error(RenderMessages.B_SPAN, name, shortText(value));
    }

    private String attribute(String name) {
        String value = r.getAttributeValue(null, name);
        if (value == null) {
            throw error(RenderMessages.B_NEEDS_ATTRIBUTE, r.getLocalName(), name);
        }
        return value;
    }

    // the template position that wrote the current element's start tag
    private String here() {
        int[] at = position();
        return output.whereElement(at[0], at[1]);
    }

    private int[] position() {
        javax.xml.stream.Location at = r.getLocation();
        return new int[] {at.getLineNumber(), at.getColumnNumber()};
    }

    private RenderException error(RenderMessages key, Object... arguments) {
        return new RenderException(RenderException.Code.TEMPLATE_OUTPUT, Message.of(RenderMessages.AT, here(), Message.of(key, arguments)));
    }
}
