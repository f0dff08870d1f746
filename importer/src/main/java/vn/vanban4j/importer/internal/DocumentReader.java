package vn.vanban4j.importer.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban4j.importer.Finding.Status;
import vn.vanban4j.importer.Finding;
import vn.vanban4j.importer.ImportException.Reason;
import vn.vanban4j.importer.ImportException;
import vn.vanban4j.importer.ImportResult;
import vn.vanban4j.importer.internal.Item.Grid;
import vn.vanban4j.importer.internal.Item.Line;
import vn.vanban4j.model.Appendix;
import vn.vanban4j.model.AuthorityLine;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.DocumentKind;
import vn.vanban4j.model.DocumentNumber;
import vn.vanban4j.model.Family;
import vn.vanban4j.model.Header;
import vn.vanban4j.model.Message;
import vn.vanban4j.model.Recipient;
import vn.vanban4j.model.Signature;
import vn.vanban4j.model.SigningAuthority;
import vn.vanban4j.model.VietnameseText;

/**
 * Reads a document's items, whatever their source, into the model: the header (family, issuer,
 * number, place and date, kind and summary or "V/v"), addressees, bases and the enacting
 * sentence, the numbered body with its tasks ({@link BodyReader}), recipients, filing and
 * signatures, and annexes. Every field read or missed becomes a finding.
 */
public final class DocumentReader {
    // "Số: 15/KH-UBND"; an act of the National Assembly or its Standing Committee: "Nghị quyết số: 108/2025/UBTVQH15", "Luật số: ..."
    private static final Pattern NUMBER = Pattern.compile("^(?:(?:Nghị quyết|Luật|Pháp lệnh|Nghị định|Quyết định)\\s+số|Số)\\s*:?\\s*(?<n>.*[/-].*)$");
    private static final Pattern DATE = Pattern.compile(
            "^(?:(?<place>[^,]{1,60}),\\s*ngày|Ngày)\\s*(?:(?<d>[\\d ]{0,4}?)\\s*tháng\\s*(?<m>[\\d ]{0,4}?)\\s*năm\\s*(?<y>\\d{4})"
            + "|(?<d2>\\d{1,2})\\s*[/.-]\\s*(?<m2>\\d{1,2})\\s*[/.-]\\s*(?<y2>\\d{4}))\\s*[.*]?\\s*$");
    private static final Pattern DATE_START = Pattern.compile("^[^,]{1,60},\\s*ngày\\b.*");
    private static final Pattern TITLE_SUBJECT = Pattern.compile("^(?:\\((?:V/v|V/V|v/v)\\.?:?\\s*(?<p>.+)\\)|(?:V/v|V/V|v/v)\\.?:?\\s*(?<s>.+))$");
    private static final Pattern SUBJECT = Pattern.compile("^(?:V/v|V/V|v/v|Về việc|về việc|Về(?=\\s+\\p{Ll}))\\.?\\s*(?<s>.+)$");
    // a summary's line that cannot end it: the words after it are still to come
    // what opens the addressees: "Kính gửi:" ("Kính gởi" in the South), or a telegram's "THỦ TƯỚNG CHÍNH PHỦ điện:"
    private static final Pattern ADDRESSING = Pattern.compile("^(?:Kính g[ửở]i|[\\p{Lu}\\s.]{3,80}\\sđiện(?=\\s*:))\\s*:?\\s*");
    private static final Pattern UNFINISHED = Pattern.compile("(?iu)(?:^|\\s)(?:số|của|về|và|theo|tại|năm|ngày|cho|với|các|trên|đối với)$");
    private static final Pattern STRAY = Pattern.compile("^[()\\[\\]*.,:;'\"“”_\\-–—·|/\\\\]{1,3}$");
    // a rule under a header or a title, in dashes, dots, stars or box-drawing lines ("───────")
    private static final Pattern RULE = Pattern.compile("^[-–—_=.·*~\u2500-\u257f\\s\ufffd]{3,}$");
    private static final Pattern BODY_START = Pattern.compile(
            "^(Căn cứ|Thực hiện|Theo đề nghị|Xét|Kính g[ửở]i|Trong thời gian|Ngày \\d|Để |Sau khi|Tại phiên|Vào hồi|[IVX]+[.\\-]\\s|\\d+[.)]\\s|[a-zđ]\\)\\s|[-+•]\\s|Điều\\s+\\d).*");
    private static final Pattern AUTHORITY = Pattern.compile("^(?<p>T/M|K/T|T/L|TM\\.|KT\\.|TL\\.|TUQ\\.|Q\\.)\\s*(?<b>.*)$");
    private static final Pattern RECIPIENT = Pattern.compile("^[-–+•]\\s*(?<r>.+?)[;,.]?$");
    private static final Pattern PURPOSE = Pattern.compile("^(?<n>.+?)\\s*\\((?<p>[^()]{1,20})\\)$");
    private static final Pattern FILING = Pattern.compile("^Lưu\\s*:?\\s*(?<f>.+?)\\.?$");
    private static final Pattern ANNEX = Pattern.compile("^(PHỤ LỤC|Phụ lục|ĐỀ CƯƠNG|BIỂU TỔNG HỢP|Biểu\\s+\\d+|BIỂU\\s+\\d+|QUY CHẾ|QUY ĐỊNH)\\b.*");
    // the kind line of a document attached after the closing: "KẾ HOẠCH" above its title and "(Kèm theo Quyết định ...)"
    private static final Pattern ATTACHED_KIND = Pattern.compile("^(KẾ HOẠCH|CHƯƠNG TRÌNH|ĐỀ ÁN|HƯỚNG DẪN|ĐIỀU LỆ|DANH MỤC|DANH SÁCH"
            + "|PHƯƠNG ÁN|QUY TRÌNH|KẾ HOẠCH HÀNH ĐỘNG|CHƯƠNG TRÌNH HÀNH ĐỘNG)$");
    // a chapter or an article after the closing: the regulation the document issues, its title left out of the copy
    private static final Pattern CHAPTER = Pattern.compile("^(?:(?:Chương|CHƯƠNG)\\s+[IVXLC]{1,6}\\b|Điều\\s+\\d{1,3}[.:]).*");
    // ... or its kind and title on one line in capitals, over its note: "CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ" / "(Kèm theo ...)"
    private static final Pattern ATTACHED_TITLE = Pattern.compile("^(KẾ HOẠCH|CHƯƠNG TRÌNH|ĐỀ ÁN|HƯỚNG DẪN|PHƯƠNG ÁN|QUY TRÌNH)\\s.*");
    private static final Pattern OCR_TINH = Pattern.compile("\\bTÍNH(?= (?:ỦY|UỶ|UỶ|ỦY BAN))");
    private static final Pattern LOCALITY = Pattern.compile(
            "^(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|THỊ TRẤN|XÃ|PHƯỜNG|KHÓA|KHOÁ)\\b.*");
    private static final String NATIONAL = VietnameseText.nameKey("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    private static final String MOTTO = VietnameseText.nameKey("Độc lập - Tự do - Hạnh phúc");
    private static final String PARTY = VietnameseText.nameKey("ĐẢNG CỘNG SẢN VIỆT NAM");
    private static final String YOUTH_UNION = VietnameseText.nameKey("ĐOÀN TNCS HỒ CHÍ MINH");
    // a line that opens the name of a body: each such line in the header's left column starts another body
    private static final Pattern BODY_WORD = Pattern.compile("^(UBND|HĐND|TIỂU BAN|ỦY BAN|UỶ BAN|ỦY BAN|HỘI ĐỒNG|SỞ|PHÒNG|BAN|BCH|BỘ|TỔNG CỤC|CỤC|CHI CỤC|VỤ"
            + "|VIỆN|HỌC VIỆN|TRƯỜNG|ĐẠI HỌC|KHOA(?! HỌC\\b)|TRUNG TÂM|VĂN PHÒNG|THANH TRA|CÔNG AN|KHO BẠC|NGÂN HÀNG|CÔNG TY|TỔNG CÔNG TY|TẬP ĐOÀN"
            + "|ĐẢNG ỦY|ĐẢNG UỶ|ĐẢNG BỘ|ĐẢNG ĐOÀN|BAN CÁN SỰ|CHI BỘ|(?:TỈNH|HUYỆN|THÀNH|QUẬN|THỊ|XÃ|PHƯỜNG) (?:ỦY|UỶ|ĐOÀN)|ĐOÀN|HỘI|LIÊN ĐOÀN|CÔNG ĐOÀN"
            + "|MẶT TRẬN|TÒA ÁN|TOÀ ÁN|BỆNH VIỆN|BẢO HIỂM|ĐÀI|HẠT|ĐỘI|HỢP TÁC XÃ|QUỸ|LIÊN MINH|BAN CHẤP HÀNH|BỘ CHỈ HUY"
            // bodies their own headers abbreviate or that the words above miss: a district health centre ("TTYT HUYỆN ..."),
            // a polyclinic ("PKĐK ..."), a health station, a management board ("BQL ..."), a branch, a museum, a library, a journal
            + "|TTYT|TYT|PKĐK|BVĐK|BQL|TRẠM|CHI NHÁNH|BẢO TÀNG|THƯ VIỆN|TẠP CHÍ|NHÀ XUẤT BẢN"
            // a working group ("TỔ CÔNG TÁC ...", "TỔ GIÚP VIỆC ...")
            + "|TỔ(?! CHỨC\\b))\\b.*");

    private static final int HEADER_LIMIT = 40; // lines with text: a header is never longer

    private final List<Item> items;
    private final String source;
    private final Budget budget; // the import's time, checked as the body is read
    private final List<Finding> findings = new ArrayList<>();
    private final DigitalSignatures digital;
    private final java.util.Set<Integer> consumed = new java.util.HashSet<>(); // lines already read into another
    private int at;

    private DocumentReader(List<Item> items, Budget budget, DigitalSignatures digital) {
        HeaderLayout.Result laid = HeaderLayout.of(SignatureStamp.strip(items));
        this.items = laid.items();
        this.budget = budget;
        this.source = budget.source();
        this.digital = digital;
        findings.addAll(laid.corrections());
    }

    public static ImportResult read(List<Item> items, Budget budget) {
        return read(items, budget, DigitalSignatures.none());
    }

    /** As {@link #read(List, Budget)}, the PDF's digital signatures naming the issuer and signer the text lacks. */
    public static ImportResult read(List<Item> items, Budget budget, DigitalSignatures digital) {
        budget.atMost(items.size(), budget.limits().paragraphs(), ImportMessages.PARAGRAPHS_AND_LINES, "paragraphs");
        budget.tick();
        return new DocumentReader(items, budget, digital).read();
    }

    // ---- the whole document

    private ImportResult read() {
        Head head = header();
        Title title = title(head);
        List<String> addressees = addressees();
        List<String> authority = decidingAuthority(title.kind);
        BodyReader.Result body = body(title.kind, addressees, head);
        Closing closing = closing();
        List<Appendix> appendices = appendices();
        if (title.kind == DocumentKind.INVITATION) {
            appendices = appendices.stream().map(Agenda::setsNoWork).toList();
        }
        leftOver();
        findings.addAll(digital.findings());
        if (head.issuer == null) {
            digital.issuer().ifPresent(f -> {
                findings.removeIf(x -> x.field().equals(f.field()) && x.status() == Status.MISSING);
                findings.add(f);
                head.issuer = f.value();
            });
        }
        if (closing.signatures.isEmpty()) {
            // who signed, though the text shows no signature block to put the name in (no position is invented)
            digital.person().ifPresent(p -> findings.add(new Finding("$.signatures[0].signer", p.signer(),
                    DigitalSignatures.source(p), 0.7, Status.LEFT_OVER)));
        }

        head.number = repairedNumber(head.number, title.kind);
        Family family = head.family != null ? head.family : head.number != null ? head.number.family() : null;
        List<Message> missing = new ArrayList<>();
        if (title.kind == null) {
            missing.add(Message.of(ImportMessages.MISSING_KIND));
        }
        if (family == null) {
            missing.add(Message.of(ImportMessages.MISSING_FAMILY));
        }
        if (head.issuer == null) {
            missing.add(Message.of(ImportMessages.MISSING_ISSUER));
        }
        if (head.number == null) {
            missing.add(Message.of(ImportMessages.MISSING_NUMBER));
        }
        // what a document cannot be read without is its kind and its issuer; a copy printed without a number (a notice
        // posted on a web page, a header lost in scanning) is read with the number missing
        if (title.kind == null || head.issuer == null) {
            throw new ImportException(Reason.NOT_A_DOCUMENT, source, Message.of(ImportMessages.NOT_A_DOCUMENT, ImportMessages.list(missing)));
        }
        if (head.family == null) {
            // with neither the national nor the Party title nor a number to tell, a state document is taken, as most are
            findings.add(new Finding("$.family", family == null ? Family.STATE.name() : family.name(),
                    family == null ? "taken as a state document: no national or Party title, no number" : "the number's style",
                    family == null ? 0.3 : 0.6, Status.FOUND));
            family = family == null ? Family.STATE : family;
        }
        Document doc = new Document(title.kind, family, new Header(head.superior, head.issuer), head.number, head.place,
                head.date, title.summary, addressees, body.meeting(), authority.isEmpty() ? null : String.join("\n", authority),
                body.preamble(), body.enacting(), AnnexedRows.withoutRepeats(body.sections(), appendices), body.conclusion(), null, null,
                null, closing.recipients,
                closing.filing, closing.signatures, appendices);
        missingParts(doc);
        return new ImportResult(doc, findings);
    }

    // ---- header: issuer, titles, number, place and date, "V/v"

    private static final class Head {
        Family family;
        String superior;
        String issuer;
        DocumentNumber number;
        String place;
        boolean dated; // the place-and-date line read, with or without its place
        LocalDate date;
        List<String> subject = new ArrayList<>();
    }

    private Head header() {
        Head h = new Head();
        List<Line> upper = new ArrayList<>();
        boolean subjectOpen = false;
        boolean seenRight = false;
        int seen = 0; // lines with text read
        for (; at < items.size(); at++) {
            if (!(items.get(at) instanceof Line line)) {
                break;
            }
            if (consumed.contains(at)) {
                continue;
            }
            if (line.blank()) {
                subjectOpen = subjectOpen && h.subject.isEmpty();
                continue;
            }
            if (!h.dated && DATE_START.matcher(line.text()).matches() && !DATE.matcher(line.text()).matches()) {
                Line joined = joinedDate(line); // the year wrapped onto the next line
                line = joined == null ? line : joined;
            }
            String text = line.text();
            String key = VietnameseText.nameKey(text.replaceAll("[\u2010-\u2015\u2212]", "-"));
            if (key.startsWith(NATIONAL)) {
                h.family = Family.STATE;
                seenRight = true;
                found("$.family", "STATE", line, 1.0);
            } else if (key.startsWith(MOTTO)) {
                seenRight = true;
            } else if (key.startsWith(YOUTH_UNION) && key.length() < YOUTH_UNION.length() + 3) {
                seenRight = true;
            } else if (key.startsWith(PARTY) && key.length() < PARTY.length() + 3) {
                h.family = Family.PARTY;
                seenRight = true;
                found("$.family", "PARTY", line, 1.0);
            } else if (text.equals("*") || RULE.matcher(text).matches() || DRAFT_MARK.matcher(text).matches()) {
                continue;
            } else if (NUMBER.matcher(text).matches() && h.number == null) {
                number(h, line);
            } else if (DATE.matcher(text).matches() && !h.dated) {
                date(h, line);
            } else if (SUBJECT.matcher(text).matches() && h.subject.isEmpty() && (h.number != null || h.dated)) {
                Matcher m = SUBJECT.matcher(text);
                m.matches();
                h.subject.add(m.group("s"));
                subjectOpen = true;
            } else if (!seenRight && h.number == null && !h.dated && upper.isEmpty() && titleKind(line) != null
                    && kindLineLater(titleKind(line))) {
                // a web page's title over the header ("THÔNG BÁO" or "THÔNG BÁO THAY ĐỔI THỜI GIAN ..."), the kind line to come
                findings.add(new Finding("$.header", text, line.source(), 0, Status.LEFT_OVER));
            } else if ((kindOf(text) != null || kindAndTitle(line) != null) && (h.number != null || h.dated || seenRight)) {
                break;
            } else if (isUpper(text) && h.number == null && !h.dated) {
                upper.add(line);
            } else if (subjectOpen && !BODY_START.matcher(text).matches() && (!isUpper(text) && line.column() == 0
                    || UNFINISHED.matcher(h.subject.get(h.subject.size() - 1)).find())) {
                h.subject.add(text); // "... theo Nghị định số" / "335/2025/NĐ-CP."
            } else if (h.number != null && h.dated || ++seen > HEADER_LIMIT) {
                break;
            } else if (h.number != null && !h.dated && !isUpper(text) && line.column() == 0 && !BODY_START.matcher(text).matches()
                    && (h.subject.isEmpty() || subjectOpen)) {
                // a letter's summary under its number with no "V/v", as Party letters write it, the date still to come
                h.subject.add(text);
                subjectOpen = true;
            } else if (!isUpper(text)) {
                findings.add(new Finding("$.header", text, line.source(), 0, Status.LEFT_OVER));
            } else {
                upper.add(line);
            }
        }
        issuer(h, upper);
        if (h.number == null) {
            missing("$.number");
        }
        if (!h.dated) {
            missing("$.place");
            missing("$.issueDate");
        } else if (h.place == null) {
            missing("$.place"); // a copy that shows the date alone ("Ngày 8 tháng 12 năm 2025")
        }
        return h;
    }

    // the same kind line again further on, under the header
    // the kind a line names alone ("THÔNG BÁO") or at the head of an upper-case title ("THÔNG BÁO THAY ĐỔI ...")
    private static DocumentKind titleKind(Line line) {
        DocumentKind kind = kindOf(line.text());
        Line head = kind == null ? kindAndTitle(line) : null;
        return head == null ? kind : kindOf(head.text());
    }

    private boolean kindLineLater(DocumentKind kind) {
        for (int i = at + 1; i < items.size() && i < at + 80; i++) {
            if (items.get(i) instanceof Line l && kindOf(l.text()) == kind) {
                return true;
            }
        }
        return false;
    }

    // "Phường Minh Họa, ngày 07 tháng 9 năm" with "2026" on the next line of the same column
    private Line joinedDate(Line line) {
        for (int next = at + 1; next < items.size() && next < at + 6; next++) {
            if (items.get(next) instanceof Line l && !l.blank() && (l.column() == line.column() || l.text().matches("^(năm\\s*)?\\d{4}$"))) {
                Line joined = new Line(line.text() + " " + l.text(), line.column(), line.columns(), line.bold(), line.indent(),
                        line.whole(), line.footnotes(), line.source());
                if (DATE.matcher(joined.text()).matches()) {
                    consumed.add(next);
                    return joined;
                }
                return null;
            }
        }
        return null;
    }

    private void number(Head h, Line line) {
        Matcher m = NUMBER.matcher(line.text());
        m.matches();
        String written = m.group("n").strip();
        try {
            // "3070. /KH-UBND": a dot or a comma stamped after the number, where the number's part ("66.4/") has digits
            h.number = DocumentNumber.parse(written.replaceFirst("^(\\d{1,5})\\s*[.,]\\s*(?=/)", "$1"));
            found("$.number", h.number.toString().strip(), line, written.contains(" ") ? 0.9 : 1.0);
        } catch (IllegalArgumentException e) {
            findings.add(new Finding("$.number", written, line.source(), 0, Status.LEFT_OVER));
        }
    }

    // "2210/QĐUBND": the hyphen between type and issuer lost in extraction, when the kind line names the type
    private DocumentNumber repairedNumber(DocumentNumber number, DocumentKind kind) {
        if (number == null || kind == null || number.typeCode() != null || number.family() != Family.STATE) {
            return number;
        }
        String code = number.issuerCode();
        for (int n = 2; n <= 3 && n < code.length() - 1; n++) {
            String type = code.substring(0, n);
            String issuer = code.substring(n);
            if (kind.hasCode(type) && Character.isUpperCase(issuer.charAt(0)) && Character.isUpperCase(issuer.charAt(1))) {
                DocumentNumber fixed = new DocumentNumber(Family.STATE, number.number(), number.year(), type, issuer, number.unitCode(),
                        number.part());
                findings.removeIf(f -> f.field().equals("$.number"));
                findings.add(new Finding("$.number", fixed.toString().strip(), "the number \"" + number.toString().strip()
                        + "\" with the hyphen after its type code restored", 0.8, Status.CORRECTED));
                return fixed;
            }
        }
        return number;
    }

    private void date(Head h, Line line) {
        Matcher m = DATE.matcher(line.text());
        m.matches();
        h.dated = true;
        if (m.group("place") != null) {
            h.place = m.group("place").strip();
            found("$.place", h.place, line, 1.0);
        }
        boolean numeric = m.group("y") == null;
        String d = (numeric ? m.group("d2") : m.group("d")).replace(" ", "");
        String mo = (numeric ? m.group("m2") : m.group("m")).replace(" ", "");
        String y = numeric ? m.group("y2") : m.group("y");
        if (d.isEmpty() || mo.isEmpty()) {
            // a draft leaves the day and month blank for the clerk: found, and empty
            findings.add(new Finding("$.issueDate", null, line.source() + " (left blank: a draft)", 1.0, Status.FOUND));
            return;
        }
        try {
            h.date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
            found("$.issueDate", h.date.toString(), line, 1.0);
        } catch (DateTimeException | NumberFormatException e) {
            findings.add(new Finding("$.issueDate", "ngày " + d + " tháng " + mo + " năm " + y, line.source(), 0,
                    Status.LEFT_OVER));
        }
    }

    // the left column's capital lines: bold lines are the issuer when the source tells; else the
    // first body is the superior and the rest the issuer, a locality line ("TỈNH LÀO CAI") going with the line above
    private void issuer(Head h, List<Line> upper) {
        List<Line> lines = new ArrayList<>();
        for (Line line : bodiesApart(upper)) {
            String text = line.text();
            Matcher ocr = OCR_TINH.matcher(text);
            if (ocr.find()) {
                String fixed = ocr.replaceAll("TỈNH");
                findings.add(new Finding("$.header", fixed, line.source(), 0.8, Status.CORRECTED));
                line = new Line(fixed, line.column(), line.columns(), line.bold(), line.indent(), line.whole(), line.footnotes(), line.source());
            }
            lines.add(line);
        }
        if (lines.isEmpty()) {
            missing("$.header.issuer");
            return;
        }
        boolean boldKnown = lines.stream().anyMatch(l -> Boolean.TRUE.equals(l.bold())) && lines.stream().anyMatch(l -> Boolean.FALSE.equals(l.bold()));
        List<String> superior = new ArrayList<>();
        List<String> issuer = new ArrayList<>();
        if (boldKnown) {
            for (Line l : lines) {
                (Boolean.TRUE.equals(l.bold()) ? issuer : issuer.isEmpty() ? superior : issuer).add(l.text());
            }
        } else {
            List<List<String>> bodies = new ArrayList<>();
            for (Line l : lines) {
                boolean opens = BODY_WORD.matcher(l.text()).matches();
                // "VĂN" / "PHÒNG CHÍNH PHỦ": a body's name broken inside its first words opens nothing
                boolean broken = !bodies.isEmpty() && bodies.get(bodies.size() - 1).get(bodies.get(bodies.size() - 1).size() - 1)
                        .matches("(?:.*\\s)?(?:VĂN|TRUNG|CHI|TIỂU)") && l.text().matches("^(?:PHÒNG|TÂM|CỤC|BỘ|BAN)\\b.*");
                if (!bodies.isEmpty() && (!opens || broken || LOCALITY.matcher(l.text()).matches() && !l.text().matches("^\\S+ (ỦY|UỶ|ĐOÀN)\\b.*"))) {
                    bodies.get(bodies.size() - 1).add(l.text());
                } else {
                    bodies.add(new ArrayList<>(List.of(l.text())));
                }
            }
            if (bodies.size() > 1) {
                superior.addAll(bodies.get(0));
            }
            bodies.subList(bodies.size() > 1 ? 1 : 0, bodies.size()).forEach(issuer::addAll);
        }
        double confidence = boldKnown || superior.isEmpty() ? 1.0 : 0.8;
        if (!superior.isEmpty()) {
            h.superior = String.join("\n", superior);
            findings.add(new Finding("$.header.superior", h.superior, lines.get(0).source(), confidence, Status.FOUND));
        }
        if (issuer.isEmpty()) {
            missing("$.header.issuer");
            return;
        }
        h.issuer = String.join("\n", issuer);
        findings.add(new Finding("$.header.issuer", h.issuer, lines.get(lines.size() - 1).source(), confidence, Status.FOUND));
    }

    // a line that holds two bodies, as a copy or OCR joins them: "UBND TỈNH BẮC GIANG SỞ GIÁO DỤC VÀ ĐÀO TẠO",
    // "BAN CHẤP HÀNH TRUNG ƯƠNG BAN TUYÊN GIÁO", "HUYỆN UỶ ĐỒNG VĂN ĐẢNG UỶ XÃ LŨNG CÚ"; "ỦY BAN", "VĂN PHÒNG", "CHI CỤC",
    // "XÃ ĐOÀN KẾT" stay whole; "... PHỐ BẢNG TIỂU BAN THÔNG TIN", "UBND TỈNH LÀO CAI VĂN PHÒNG" (the body last) split
    private static final Pattern INNER_BODY = Pattern.compile(
            "(?<=\\S{2,} )(?<!(?:ỦY|UỶ|TỔNG|CHI|HỌC|BỆNH|CÔNG|LIÊN|TẬP|LỮ|TRUNG|SƯ|XÃ|PHƯỜNG|HUYỆN|TỈNH|QUẬN|TRẤN|PHỐ|CHẤP HÀNH|TIỂU|ĐẢNG) )(?!(?<=VĂN )PHÒNG)"
            + "(?=(?:SỞ|PHÒNG|BAN|TRƯỜNG|VĂN PHÒNG|TRUNG TÂM|CHI CỤC|CỤC|ĐẢNG ỦY|ĐẢNG UỶ|CHI BỘ|HỘI ĐỒNG|ĐOÀN|TIỂU BAN) |VĂN PHÒNG$)");

    // a unit's word alone names no body: "VĂN PHÒNG ĐOÀN ĐBQH" is one body, not "VĂN PHÒNG" over "ĐOÀN ĐBQH"
    private static final Pattern BARE_UNIT = Pattern.compile("VĂN PHÒNG|SỞ|PHÒNG|BAN|TRUNG TÂM|CHI CỤC|CỤC|HỘI ĐỒNG|TIỂU BAN");

    private static List<Line> bodiesApart(List<Line> upper) {
        List<Line> out = new ArrayList<>();
        for (Line line : upper) {
            List<String> parts = new ArrayList<>();
            for (String part : INNER_BODY.split(line.text())) {
                int last = parts.size() - 1;
                if (last >= 0 && BARE_UNIT.matcher(parts.get(last).strip()).matches()) {
                    parts.set(last, parts.get(last).strip() + " " + part.strip());
                } else {
                    parts.add(part);
                }
            }
            for (String part : parts) {
                out.add(new Line(part.strip(), line.column(), line.columns(), line.bold(), line.indent(), line.whole(), line.footnotes(),
                        line.source()));
            }
        }
        return out;
    }

    // ---- the kind line and the summary

    private record Title(DocumentKind kind, String summary) {
    }

    private Title title(Head head) {
        skipBlank();
        if (at < items.size() && items.get(at) instanceof Line mark && DRAFT_MARK.matcher(mark.text()).matches()) {
            at++;
            skipBlank();
        }
        Line joinedKind = at < items.size() && items.get(at) instanceof Line first ? kindAndTitle(first) : null;
        if (joinedKind != null) {
            Line first = (Line) items.get(at);
            String rest = first.text().substring(joinedKind.text().length()).strip();
            items.set(at, joinedKind);
            items.add(at + 1, new Line(rest, first.column(), first.columns(), first.bold(), first.indent(), false, List.of(), first.source()));
        }
        if (at < items.size() && items.get(at) instanceof Line line && kindOf(line.text()) != null) {
            DocumentKind kind = kindOf(line.text());
            found("$.kind", kind.name(), line, 1.0);
            at++;
            List<String> summary = new ArrayList<>();
            String where = null;
            Boolean titleBold = null;
            for (; at < items.size() && items.get(at) instanceof Line l; at++) {
                if (l.blank() || RULE.matcher(l.text()).matches()) {
                    if (!summary.isEmpty() && !(l.blank() && capitalsGoOnAfterBlank(summary, head))) {
                        at += l.blank() ? 0 : 1; // the rule under the title ends it and goes with it
                        break;
                    }
                    continue;
                }
                if (ADDRESSING.matcher(l.text()).lookingAt()) {
                    break; // the addressees, under a title or straight under a kind that has none (Giấy mời)
                }
                // a Word title's further lines are paragraphs of their own, bold like the first
                boolean titleGoesOn = l.whole() && Boolean.TRUE.equals(titleBold) && Boolean.TRUE.equals(l.bold());
                // a title in capitals goes on in capitals: "VỀ" / "VIỆC ĐỔI MỚI, NÂNG CAO ..."
                boolean capitals = !summary.isEmpty() && summary.stream().allMatch(DocumentReader::isUpper);
                boolean upperGoesOn = capitals && isUpper(l.text()) && !BodyReader.isNumbered(l.text()) && !l.whole()
                        && !decider(l.text(), head) && !LONE_NUMBER.matcher(l.text()).matches();
                // ... and in lower case only as its sentence goes on ("ngày 15/3/2026 của Bộ Chính trị", "(Kèm theo ...)")
                boolean sentenceGoesOn = !capitals || !Character.isUpperCase(l.text().charAt(0));
                if (!summary.isEmpty() && (BODY_START.matcher(l.text()).matches() || LONE_NUMBER.matcher(l.text()).matches()
                        || isUpper(l.text()) && !upperGoesOn
                        || !isUpper(l.text()) && !sentenceGoesOn || l.whole() && !titleGoesOn)) {
                    break;
                }
                titleBold = summary.isEmpty() ? l.bold() : titleBold;
                summary.add(l.text());
                where = where == null ? l.source() : where;
            }
            String text = summary.isEmpty() ? head.subject.isEmpty() ? null : joined(head.subject) : joined(summary);
            Matcher vv = text == null ? null : TITLE_SUBJECT.matcher(text);
            if (vv != null && vv.matches()) { // "THÔNG BÁO" / "V/v đăng ký thi ...", "TỜ TRÌNH" / "(V/v xin kinh phí ...)": what it is about
                text = vv.group("p") != null ? vv.group("p") : vv.group("s");
            }
            if (text == null) {
                missing("$.summary");
            } else {
                findings.add(new Finding("$.summary", text, where, 1.0, Status.FOUND));
            }
            return new Title(kind, text);
        }
        if (!head.subject.isEmpty()) {
            String text = joined(head.subject);
            findings.add(new Finding("$.kind", DocumentKind.OFFICIAL_LETTER.name(), "\"V/v\" under the number", 0.9, Status.FOUND));
            findings.add(new Finding("$.summary", text, "under the number", 1.0, Status.FOUND));
            return new Title(DocumentKind.OFFICIAL_LETTER, text);
        }
        DocumentKind byNumber = head.number == null ? null : head.number.kind().orElse(null);
        findings.add(new Finding("$.kind", byNumber == null ? null : byNumber.name(), byNumber == null ? null : "the number's type code",
                byNumber == null ? 0 : 0.6, byNumber == null ? Status.MISSING : Status.FOUND));
        missing("$.summary");
        return new Title(byNumber, null);
    }

    // a title's lines as one, without the cell bars a table copied to text leaves in it ("Công | văn số ...", "... địa bàn | |")
    private static String joined(List<String> lines) {
        String text = String.join(" ", lines).replaceAll("(?:\\s*\\|)+\\s*", " ").strip();
        return text.isEmpty() ? null : text;
    }

    // who decides, standing under a decision's title: "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", "CHỦ TỊCH ỦY BAN NHÂN DÂN ..."
    private static final Pattern DECIDER = Pattern.compile("(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|CHỦ TỊCH|GIÁM ĐỐC|BỘ TRƯỞNG|THỦ TRƯỞNG"
            + "|HIỆU TRƯỞNG|CỤC TRƯỞNG|VIỆN TRƯỞNG|TỔNG GIÁM ĐỐC|BAN THƯỜNG VỤ|BAN CHẤP HÀNH|HỘI ĐỒNG NHÂN DÂN|THƯỜNG TRỰC)\\b");
    // ... or the issuer's own name, as the Government, the National Assembly and its Standing Committee write it
    private static boolean decider(String line, Head head) {
        return DECIDER.matcher(line).lookingAt()
                || head.issuer != null && VietnameseText.nameKey(line).equals(VietnameseText.nameKey(head.issuer));
    }

    private static final Pattern LONE_NUMBER = Pattern.compile("(?:\\d{1,2}|[IVX]{1,4})[.)]?");

    // a title in capitals whose next line, past a blank one (a web page's paragraphs), goes on in capitals
    private boolean capitalsGoOnAfterBlank(List<String> summary, Head head) {
        if (!summary.stream().allMatch(DocumentReader::isUpper) || summary.get(summary.size() - 1).endsWith(")")) {
            return false;
        }
        for (int j = at + 1; j < items.size() && j <= at + 3 && items.get(j) instanceof Line next; j++) {
            if (!next.blank()) {
                String t = next.text();
                return isUpper(t) && t.length() <= 120 && kindOf(t) == null && !BodyReader.isNumbered(t) && !decider(t, head)
                        && !LONE_NUMBER.matcher(t).matches() && !RULE.matcher(t).matches();
            }
        }
        return false;
    }

    /** The kind a line names when it is a kind line ("KẾ HOẠCH", "QUYẾT ĐỊNH"), else null. */
    static DocumentKind kindOf(String text) {
        if (!isUpper(text) || text.length() > 40) {
            return null;
        }
        DocumentKind kind = DocumentKind.fromName(text).filter(DocumentKind::hasKindLine).orElse(null);
        Matcher joint = KIND_QUALIFIER.matcher(text);
        return kind != null || !joint.matches() ? kind
                : DocumentKind.fromName(joint.group(1)).filter(DocumentKind::hasKindLine).orElse(null);
    }

    // a kind line that says how the document was made: "KẾ HOẠCH HÀNH ĐỘNG", "KẾ HOẠCH LIÊN TỊCH", "HƯỚNG DẪN LIÊN NGÀNH"
    // ("CHƯƠNG TRÌNH HÀNH ĐỘNG" is a kind of its own)
    private static final Pattern KIND_QUALIFIER = Pattern.compile("^(.{4,30}?)\\s+(?:HÀNH ĐỘNG|LIÊN TỊCH|LIÊN NGÀNH|PHỐI HỢP)$");

    // "QUYẾT ĐỊNH CHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ": the kind line and the title's first words on one line
    private static final int KIND_WORDS = 4;

    // "KẾ HOẠCH TỔ CHỨC HỘI THI ...", or the kind and a title in sentence case that a Word line break parted in one
    // paragraph ("THÔNG BÁO" / "Kết luận của đồng chí ..."): the kind line alone
    private static Line kindAndTitle(Line line) {
        String text = line.text();
        if (kindOf(text) != null) {
            return null;
        }
        String[] words = text.split(" ");
        for (int n = Math.min(KIND_WORDS, words.length - 1); n >= 2; n--) {
            String head = String.join(" ", java.util.Arrays.copyOfRange(words, 0, n));
            boolean titled = isUpper(text) || isUpper(head) && Character.isUpperCase(words[n].charAt(0)) && !isUpper(words[n]);
            if (titled && kindOf(head) != null) {
                return new Line(head, line.column(), line.columns(), line.bold(), line.indent(), line.whole(), line.footnotes(), line.source());
            }
        }
        return null;
    }

    static boolean isUpper(String text) {
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters = true;
                if (Character.isLowerCase(c)) {
                    return false;
                }
            }
        }
        return letters;
    }

    // ---- "Kính gửi", who decides

    private List<String> addressees() {
        skipBlank();
        List<String> out = new ArrayList<>();
        if (at >= items.size() || !(items.get(at) instanceof Line line) || !ADDRESSING.matcher(line.text()).lookingAt()) {
            return out;
        }
        String rest = ADDRESSING.matcher(line.text()).replaceFirst("");
        at++;
        Matcher first = RECIPIENT.matcher(rest);
        if (!rest.isEmpty()) {
            out.add(stripEnd(first.matches() ? first.group("r") : rest));
        }
        // "Kính gửi:" over its list, or "Kính gửi: - Công đoàn Giáo dục quận, huyện;" opening one whose other items follow
        if (rest.isEmpty() || first.matches() && !rest.endsWith(".")) {
            for (; at < items.size() && items.get(at) instanceof Line l; at++) {
                if (l.blank()) {
                    if (out.isEmpty()) {
                        continue;
                    }
                    break;
                }
                Matcher m = RECIPIENT.matcher(l.text());
                String before = at > 0 && items.get(at - 1) instanceof Line p ? p.text().strip() : "";
                if (!m.matches() && !out.isEmpty() && !before.matches(".*[;.:]$") && !l.text().startsWith("Căn cứ")
                        && !BodyReader.isNumbered(l.text())) {
                    // an addressee wrapped onto the next line: "- Hiệu trưởng các trường phổ thông, trường phổ" / "thông có nhiều cấp học;"
                    out.set(out.size() - 1, out.get(out.size() - 1) + " " + stripEnd(l.text().strip()));
                } else if (!m.matches()) {
                    break;
                } else {
                    out.add(stripEnd(m.group("r")));
                }
                if (l.text().endsWith(".")) {
                    at++;
                    break;
                }
            }
        }
        for (int i = 0; i < out.size(); i++) {
            findings.add(new Finding("$.addressees[" + i + "]", out.get(i), line.source(), 1.0, Status.FOUND));
        }
        return out;
    }

    private List<String> decidingAuthority(DocumentKind kind) {
        List<String> lines = new ArrayList<>();
        if (kind != DocumentKind.DECISION && kind != DocumentKind.RESOLUTION) {
            return lines;
        }
        skipBlank();
        for (; at < items.size() && items.get(at) instanceof Line l && !l.blank() && isUpper(l.text())
                && !l.text().startsWith("QUYẾT"); at++) {
            lines.add(l.text());
            findings.add(new Finding("$.decidingAuthority", l.text(), l.source(), 0.9, Status.FOUND));
        }
        return lines;
    }

    // ---- the body: bases, sections, tasks; it ends at "Nơi nhận" or the signature

    private BodyReader.Result body(DocumentKind kind, List<String> addressees, Head head) {
        int start = at;
        int end = closingStart();
        at = end;
        String issuer = head.issuer == null ? null : new Header(head.superior, head.issuer).issuerName();
        return new BodyReader(items.subList(start, end), kind, addressees, issuer, head.date, findings, budget).read();
    }

    // where the closing begins: "Nơi nhận", an authority line, or the signatures of a Biên bản
    private int closingStart() {
        for (int i = at; i < items.size(); i++) {
            if (!(items.get(i) instanceof Line l) || l.blank()) {
                continue;
            }
            String text = l.text();
            if (text.startsWith("Nơi nhận") || AUTHORITY.matcher(text).matches() && text.length() < 60) {
                return i;
            }
            if (l.whole() && l.columns() >= 2 && isUpper(text) && text.length() < 40 && !ANNEX.matcher(text).matches()) {
                return i; // a signature cell of a closing table
            }
            if (!l.whole() && l.columns() >= 2 && isUpper(text) && text.length() < 40 && i + 1 < items.size()
                    && items.get(i + 1) instanceof Line next && next.columns() >= 2 && isUpper(next.text()) && !ANNEX.matcher(text).matches()) {
                return i; // signatures side by side in extracted text
            }
        }
        return items.size();
    }

    // ---- recipients, filing, signatures

    private record Closing(List<Recipient> recipients, String filing, List<Signature> signatures) {
    }

    private Closing closing() {
        List<Recipient> recipients = new ArrayList<>();
        String filing = null;
        // signature lines by column: one block per column that holds no recipients
        java.util.Map<Integer, List<Line>> blocks = new java.util.TreeMap<>();
        boolean recipientsMode = false;
        boolean filed = false;
        int columnOfRecipients = -1;
        for (; at < items.size(); at++) {
            if (!(items.get(at) instanceof Line l)) {
                break;
            }
            if (l.blank()) {
                continue;
            }
            String text = l.text();
            // ("PHỤ LỤC 1" in capitals ends the closing even while recipients are read: the signer's name may be under the
            // signature image, so no name line comes before it)
            if (ANNEX.matcher(text).matches() && (!recipientsMode || isUpper(text)) || l.columns() == 1 && (isAnnexStart(at) || CHAPTER.matcher(text).matches())
                    || opensAnotherHeader(at)) {
                break; // an annex, or a document attached after the closing with a header of its own
            }
            if (text.startsWith("Nơi nhận")) {
                recipientsMode = true;
                columnOfRecipients = l.column();
                continue;
            }
            Matcher r = RECIPIENT.matcher(text);
            if (recipientsMode && r.matches() && (l.column() == columnOfRecipients || l.columns() == 1)) {
                String name = r.group("r").strip();
                Matcher f = FILING.matcher(name);
                if (f.matches()) {
                    filed = true; // "Lưu" ends the list: what follows wraps no recipient
                    filing = f.group("f").replaceFirst("^VT\\s*,\\s*", "").strip();
                    findings.add(new Finding("$.filing", filing, l.source(), 1.0, Status.FOUND));
                    continue;
                }
                Matcher p = PURPOSE.matcher(name);
                Recipient recipient = p.matches() ? new Recipient(p.group("n").strip(), p.group("p").strip()) : Recipient.of(name);
                findings.add(new Finding("$.recipients[" + recipients.size() + "]", recipient.name(), l.source(), 1.0, Status.FOUND));
                recipients.add(recipient);
                continue;
            }
            if (recipientsMode && !filed && l.columns() == 1 && l.indent() >= 0 && l.indent() < 25 && !recipients.isEmpty()
                    && !text.startsWith("-")) {
                // a recipient wrapped onto the next line
                Recipient last = recipients.remove(recipients.size() - 1);
                Matcher p = PURPOSE.matcher(last.name() + " " + stripEnd(text));
                recipients.add(p.matches() ? new Recipient(p.group("n").strip(), p.group("p").strip())
                        : Recipient.of(last.name() + " " + stripEnd(text)));
                continue;
            }
            int column = l.columns() == 1 ? (recipientsMode ? columnOfRecipients + 1 : 0) : l.column();
            blocks.computeIfAbsent(column, c -> new ArrayList<>()).add(l);
        }
        List<Signature> signatures = new ArrayList<>();
        for (List<Line> block : blocks.values()) {
            Signature s = signature(block, signatures.size());
            if (s != null) {
                signatures.add(s);
            }
        }
        if (signatures.isEmpty()) {
            missing("$.signatures[0]");
        }
        return new Closing(recipients, filing, signatures);
    }

    private Signature signature(List<Line> lines, int index) {
        List<AuthorityLine> authorities = new ArrayList<>();
        List<String> position = new ArrayList<>();
        String signer = null;
        String where = "$.signatures[" + index + "]";
        for (Line l : stackedAuthorities(lines)) {
            String text = l.text();
            Matcher a = AUTHORITY.matcher(text);
            if (a.matches() && position.isEmpty()) {
                authorities.add(new AuthorityLine(prefix(a.group("p")), a.group("b").isBlank() ? null : a.group("b").strip()));
                findings.add(new Finding(where + ".authorities[" + (authorities.size() - 1) + "]", text, l.source(), 1.0, Status.FOUND));
            } else if (isUpper(text) && signer == null) {
                position.add(text);
            } else if (!text.startsWith("(") && text.chars().anyMatch(Character::isLetter) && !position.isEmpty() && signer == null) {
                signer = text; // the first name under the position; what follows it is no signer
            } else {
                findings.add(new Finding(where, text, l.source(), 0, Status.LEFT_OVER));
            }
        }
        String signerSource = lines.get(lines.size() - 1).source();
        double signerConfidence = 1.0;
        if (!position.isEmpty() && signer == null && index == 0 && digital.person().isPresent()) {
            // the name hidden under the signature image: the person's certificate names the signer
            signer = digital.person().get().signer();
            signerSource = DigitalSignatures.source(digital.person().get());
            signerConfidence = 0.7;
        }
        if (position.isEmpty() || signer == null) {
            lines.forEach(l -> findings.add(new Finding(where, l.text(), l.source(), 0, Status.LEFT_OVER)));
            return null;
        }
        findings.add(new Finding(where + ".position", String.join("\n", position), lines.get(0).source(), 1.0, Status.FOUND));
        findings.add(new Finding(where + ".signer", signer, signerSource, signerConfidence, Status.FOUND));
        return new Signature(authorities, String.join("\n", position), signer);
    }

    // "TM. ỦY BAN NHÂN DÂN  KT. CHỦ TỊCH" on one line of a Word table cell: two authority lines
    private static final Pattern SECOND_AUTHORITY = Pattern.compile("\\s+(?=(?:KT\\.|TL\\.|TUQ\\.|K/T|T/L|Q\\.)\\s*\\p{Lu})");

    private static List<Line> stackedAuthorities(List<Line> lines) {
        List<Line> out = new ArrayList<>();
        for (Line l : lines) {
            if (AUTHORITY.matcher(l.text()).matches()) {
                for (String part : SECOND_AUTHORITY.split(l.text())) {
                    out.add(new Line(part.strip(), l.column(), l.columns(), l.bold(), l.indent(), l.whole(), l.footnotes(), l.source()));
                }
            } else {
                out.add(l);
            }
        }
        return out;
    }

    private static SigningAuthority prefix(String written) {
        return switch (written) {
            case "T/M", "TM." -> SigningAuthority.ON_BEHALF_OF;
            case "K/T", "KT." -> SigningAuthority.DEPUTY_FOR;
            case "T/L", "TL." -> SigningAuthority.BY_ORDER;
            case "TUQ." -> SigningAuthority.BY_AUTHORIZATION;
            default -> SigningAuthority.ACTING;
        };
    }

    // ---- annexes

    private boolean isAnnexStart(int index) {
        return items.get(index) instanceof Line l && (ANNEX.matcher(l.text()).matches() || ATTACHED_KIND.matcher(l.text().strip()).matches()
                || ATTACHED_TITLE.matcher(l.text()).matches() && isUpper(l.text()) && AnnexReader.noteFollows(items, index));
    }

    // a row holding the national title or "ĐẢNG CỘNG SẢN VIỆT NAM": the header of another document (a plan a decision
    // issues, printed after its signature); the row's columns are consecutive lines of one source
    private boolean opensAnotherHeader(int index) {
        String source = ((Line) items.get(index)).source();
        for (int k = index; k < items.size() && items.get(k) instanceof Line l && l.source().equals(source); k++) {
            String key = VietnameseText.nameKey(l.text());
            if (key.startsWith(NATIONAL) || key.startsWith(PARTY) && key.length() < PARTY.length() + 3) {
                return true;
            }
        }
        return false;
    }

    private List<Appendix> appendices() {
        List<Appendix> out = new ArrayList<>();
        while (at < items.size()) {
            skipBlank();
            if (at >= items.size()) {
                break;
            }
            // a chapter after the closing: the regulation the document issues, its title left out of the copy
            if (!isAnnexStart(at) && !(out.isEmpty() && items.get(at) instanceof Line l && CHAPTER.matcher(l.text()).matches())) {
                at++;
                continue;
            }
            Line head = (Line) items.get(at++);
            int end = at;
            while (end < items.size() && !isAnnexStart(end)) {
                end++;
            }
            out.add(AnnexReader.read(head, items.subList(at, end), findings, out.size(), budget));
            at = end;
        }
        return out;
    }

    // what a reader of the tracking book needs and the document does not say: a letter's addressees, the
    // recipients, the owner of each duty
    private void missingParts(Document doc) {
        if (doc.addressees().isEmpty() && (doc.kind() == DocumentKind.OFFICIAL_LETTER || doc.kind() == DocumentKind.SUBMISSION)) {
            missing("$.addressees");
        }
        if (doc.recipients().isEmpty()) {
            missing("$.recipients");
        }
        List<vn.vanban4j.model.Task> tasks = doc.tasks();
        for (int i = 0; i < tasks.size(); i++) {
            if (tasks.get(i).lead().isEmpty()) {
                String text = tasks.get(i).text();
                findings.add(new Finding("$.tasks[" + i + "].lead", null, "the duty \"" + (text.length() > 60 ? text.substring(0, 60) + "..." : text)
                        + "\" names no owner", 0, Status.MISSING));
            }
        }
    }

    // ---- helpers

    private void leftOver() {
        for (; at < items.size(); at++) {
            if (items.get(at) instanceof Line l && !l.blank()) {
                findings.add(new Finding("$", l.text(), l.source(), 0, Status.LEFT_OVER));
            } else if (items.get(at) instanceof Grid g) {
                findings.add(new Finding("$", "table of " + g.rows().size() + " rows", g.source(), 0, Status.LEFT_OVER));
            }
        }
    }

    // blank lines, and a stray mark a stamp or a scan left on a line of its own ("(", "*", "--")
    // the mark of a draft, above the header or over the kind line: "DỰ THẢO", "Dự thảo:", "(Dự thảo lần 2)"
    private static final Pattern DRAFT_MARK = Pattern.compile("(?iu)^[\\s(\\[*]*(?:dự thảo|du thao)(?:\\s+(?:lần\\s+)?\\d{1,2})?[\\s:.)\\]*]*$");

    private void skipBlank() {
        while (at < items.size() && (items.get(at) instanceof Line l && (l.blank() || STRAY.matcher(l.text().strip()).matches())
                || items.get(at) instanceof Grid g && g.rows().stream().allMatch(r -> r.stream().allMatch(c -> c.isBlank()
                        || DRAFT_MARK.matcher(c).matches())))) {
            at++; // blank lines, stray marks, and a header table's row left empty or holding the mark of a draft ("DỰ THẢO")
        }
    }

    private void found(String field, String value, Line line, double confidence) {
        findings.removeIf(f -> f.field().equals(field) && f.status() == Status.MISSING);
        findings.add(new Finding(field, value, line.source(), confidence, Status.FOUND));
    }

    private void missing(String field) {
        if (findings.stream().noneMatch(f -> f.field().equals(field))) {
            findings.add(new Finding(field, null, null, 0, Status.MISSING));
        }
    }

    static String stripEnd(String text) {
        return text.strip().replaceAll("[;,.]+$", "").strip();
    }
}
