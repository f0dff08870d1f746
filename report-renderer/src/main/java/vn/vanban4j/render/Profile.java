package vn.vanban4j.render;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import vn.vanban4j.model.Family;
import vn.vanban4j.model.Message;
import vn.vanban4j.model.ModelJson;
import vn.vanban4j.render.internal.RenderMessages;

/**
 * A layout profile: every formatting decision of a family of documents, as data. The shipped
 * profiles are {@code party-hd36-2018} (Hướng dẫn 36-HD/VPTW), {@code party-hd05-2026} and {@code state-nd30-2020} (Nghị
 * định 30/2020/NĐ-CP); a host derives its own with {@link #withBodySize(double)} or by reading a
 * JSON file of the same shape ({@link #parse(String, String)}). From 27/5/2026 Party documents take
 * {@code party-hd05-2026} (Hướng dẫn 05-HD/VPTW).
 *
 * @param id            the profile's name
 * @param family        the documents it is for
 * @param effectiveFrom the first issue date it applies to
 * @param page          page size and margins
 * @param font          the font family ("Times New Roman")
 * @param body          running text
 * @param header        the page-1 header block
 * @param title         the document kind and summary
 * @param headings      one look per heading level, level 1 first
 * @param closing       recipients and signature
 * @param pageNumberPt  the size of page numbers (top centre from page 2)
 * @param endMark       what ends the last paragraph ("./." in state documents); null for none
 * @param appendixPageNumbers whether each annex numbers its pages from 1 (the state rule) or
 *                      continues the main text's numbers (Party practice in 2026); null for RESTART
 */
public record Profile(@JsonProperty(required = true) String id, @JsonProperty(required = true) Family family,
        @JsonProperty(required = true) LocalDate effectiveFrom, @JsonProperty(required = true) Page page,
        @JsonProperty(required = true) String font, @JsonProperty(required = true) Body body,
        @JsonProperty(required = true) Header header, @JsonProperty(required = true) Title title,
        @JsonProperty(required = true) List<Heading> headings, @JsonProperty(required = true) Closing closing,
        double pageNumberPt, String endMark, AppendixPageNumbers appendixPageNumbers) {

    public Profile {
        if (appendixPageNumbers == null) {
            appendixPageNumbers = AppendixPageNumbers.RESTART;
        }
        if (headings != null && headings.isEmpty()) {
            throw new IllegalArgumentException("headings: give at least one heading look");
        }
        range("pageNumberPt", pageNumberPt, 0, 40);
        if (font != null) {
            String named = font;
            vn.vanban4j.render.internal.Fonts.misspelt(font).ifPresent(near -> {
                throw new IllegalArgumentException("font \"" + named + "\" is not a font family; did you mean \"" + near + "\"?");
            });
        }
    }

    // a setting outside what a printed page can hold is a mistake in the profile file
    private static void range(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " must be from " + stripZero(min) + " to " + stripZero(max) + ", not "
                    + stripZero(value));
        }
    }

    private static String stripZero(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    /** How annexes number their pages. */
    public enum AppendixPageNumbers {
        /** Each annex starts again at 1 (Nghị định 30, confirmed). */
        RESTART,
        /** Annexes go on with the main text's numbers. */
        CONTINUE
    }

    /**
     * Page size and margins in millimetres.
     *
     * @param mirrorMargins true to mirror left and right margins on the back of duplex pages
     */
    public record Page(double widthMm, double heightMm, double topMm, double bottomMm, double leftMm, double rightMm,
            boolean mirrorMargins) {
        public Page {
            range("widthMm", widthMm, 50, 1000);
            range("heightMm", heightMm, 50, 1000);
            range("topMm", topMm, 0, heightMm / 3);
            range("bottomMm", bottomMm, 0, heightMm / 3);
            range("leftMm", leftMm, 0, widthMm / 3);
            range("rightMm", rightMm, 0, widthMm / 3);
        }
    }

    /**
     * Running text.
     *
     * @param sizePt            font size
     * @param lineSpacingPt     exact line spacing in points; 0 for single spacing
     * @param firstLineIndentMm first-line indent
     * @param spaceAfterPt      space after each paragraph
     */
    public record Body(double sizePt, double lineSpacingPt, double firstLineIndentMm, double spaceAfterPt) {
        public Body {
            range("sizePt", sizePt, 6, 40);
            range("lineSpacingPt", lineSpacingPt, 0, 100);
            range("firstLineIndentMm", firstLineIndentMm, 0, 50);
            range("spaceAfterPt", spaceAfterPt, 0, 72);
        }
    }

    /**
     * The header block of page 1: a borderless two-column table.
     *
     * @param leftWidthPercent width of the left column
     * @param superiorPt       superior body line size (regular, upper case)
     * @param issuerPt         issuing body size (bold, upper case)
     * @param issuerMark       the line under the issuer: "*" (Party) or null for a short rule (state)
     * @param rightTitle       "ĐẢNG CỘNG SẢN VIỆT NAM" or "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
     * @param rightTitlePt     its size (bold)
     * @param motto            "Độc lập - Tự do - Hạnh phúc" (state); null for none
     * @param mottoPt          its size (bold)
     * @param numberPrefix     "Số " (Party) or "Số: " (state)
     * @param numberPt         number line size
     * @param datePt           place-and-date line size (italic)
     * @param subjectPrefix    what starts a công văn's summary under the number ("V/v ", "về việc "); null for nothing
     * @param subjectPt        that summary's size
     * @param subjectItalic    whether it is italic
     */
    public record Header(double leftWidthPercent, double superiorPt, double issuerPt, String issuerMark,
            String rightTitle, double rightTitlePt, String motto, double mottoPt, String numberPrefix, double numberPt,
            double datePt, String subjectPrefix, double subjectPt, boolean subjectItalic) {
        public Header {
            range("leftWidthPercent", leftWidthPercent, 10, 90);
            range("superiorPt", superiorPt, 6, 40);
            range("issuerPt", issuerPt, 6, 40);
            range("rightTitlePt", rightTitlePt, 6, 40);
            range("mottoPt", mottoPt, motto == null ? 0 : 6, 40);
            range("numberPt", numberPt, 6, 40);
            range("datePt", datePt, 6, 40);
            range("subjectPt", subjectPt, 0, 40);
        }
    }

    /**
     * The kind and summary, centred.
     *
     * @param kindPt    kind size (bold, upper case)
     * @param summaryPt summary size (bold)
     * @param rule      the mark under the summary ("-----"); null for a short drawn rule (a third of the text width)
     */
    public record Title(double kindPt, double summaryPt, String rule) {
        public Title {
            range("kindPt", kindPt, 6, 40);
            range("summaryPt", summaryPt, 6, 40);
        }
    }

    /** The look of one heading level. */
    public record Heading(boolean bold, boolean italic, boolean upper) {
    }

    /**
     * Recipients (left) and signature (right) at the end.
     *
     * @param recipientsLabel      "Nơi nhận:"
     * @param labelPt              its size
     * @param labelBold            bold
     * @param labelItalic          italic
     * @param labelUnderline       underlined
     * @param recipientPt          recipient lines size
     * @param recipientSeparator   what ends each line but the last ("," or ";")
     * @param filingPrefix         "Lưu " (Party) or "Lưu: VT, " (state)
     * @param authorityPt          authority and position size (bold authority)
     * @param positionBold         whether the position line is bold
     * @param signerPt             the name's size (bold)
     * @param signatureSpaceLines  empty lines left for the signature
     */
    public record Closing(String recipientsLabel, double labelPt, boolean labelBold, boolean labelItalic,
            boolean labelUnderline, double recipientPt, String recipientSeparator, String filingPrefix,
            double authorityPt, boolean positionBold, double signerPt, int signatureSpaceLines) {
        public Closing {
            range("labelPt", labelPt, 6, 40);
            range("recipientPt", recipientPt, 6, 40);
            range("authorityPt", authorityPt, 6, 40);
            range("signerPt", signerPt, 6, 40);
            range("signatureSpaceLines", signatureSpaceLines, 0, 20);
        }
    }

    /** The ids of the shipped profiles. */
    public static final List<String> SHIPPED = List.of("party-hd36-2018", "party-hd05-2026", "state-nd30-2020");

    // read once: profiles are immutable values, chosen on every render
    private static final List<Profile> SHIPPED_PROFILES = SHIPPED.stream().map(Profile::load).toList();

    /** The shipped profile with this id. */
    public static Profile named(String id) {
        return SHIPPED_PROFILES.stream().filter(p -> p.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no profile named \"" + id + "\"; shipped: " + SHIPPED));
    }

    private static Profile load(String id) {
        String resource = "profiles/" + id + ".json";
        try (InputStream in = Profile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the shipped profile " + resource + " is missing from the jar");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a profile from JSON; errors carry the JSON path.
     *
     * @throws vn.vanban4j.model.PlanFormatException with every problem, "$.body: sizePt must be from 6 to 40, not 140"
     */
    public static Profile parse(String json, String source) {
        return ModelJson.read(json, source, Profile.class);
    }

    /**
     * Reads a profile file (the shape of {@code templates export}'s profiles/*.json, every setting
     * in docs/TEMPLATES.md); errors carry the file name and the JSON path.
     */
    public static Profile read(java.nio.file.Path file) throws IOException {
        if (java.nio.file.Files.size(file) > 1 << 20) {
            throw new vn.vanban4j.model.PlanFormatException(file.getFileName().toString(), List.of(
                    vn.vanban4j.model.PlanFormatException.Problem.of(vn.vanban4j.model.PlanFormatException.Problem.Code.TOO_LARGE, "$",
                            Message.of(RenderMessages.PROFILE_TOO_LARGE))));
        }
        return parse(java.nio.file.Files.readString(file), file.getFileName().toString());
    }

    /** The profile a document of this family and date takes: the latest shipped one in effect. */
    public static Profile forDocument(Family family, LocalDate issued) {
        Profile chosen = null;
        for (Profile p : SHIPPED_PROFILES) {
            if (p.family == family && (issued == null || !p.effectiveFrom.isAfter(issued))
                    && (chosen == null || p.effectiveFrom.isAfter(chosen.effectiveFrom))) {
                chosen = p;
            }
        }
        if (chosen == null) {
            throw new IllegalArgumentException("no " + family + " profile in effect on " + issued);
        }
        return chosen;
    }

    /** This profile with another body size (a province that writes 13 pt), under a new id. */
    public Profile withBodySize(double sizePt) {
        return new Profile(id + "-" + (int) sizePt + "pt", family, effectiveFrom, page, font,
                new Body(sizePt, body.lineSpacingPt, body.firstLineIndentMm, body.spaceAfterPt), header, title,
                headings, closing, pageNumberPt, endMark, appendixPageNumbers);
    }

    /** The look of a heading level (the deepest defined look for deeper levels). */
    public Heading heading(int level) {
        return headings.get(Math.min(Math.max(level, 1), headings.size()) - 1);
    }
}
