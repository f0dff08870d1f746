package vn.vanban4j.importer.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban4j.importer.Finding;
import vn.vanban4j.importer.Finding.Status;
import vn.vanban4j.importer.internal.Item.Grid;
import vn.vanban4j.importer.internal.Item.Line;
import vn.vanban4j.model.Block;
import vn.vanban4j.model.DocumentKind;
import vn.vanban4j.model.Footnote;
import vn.vanban4j.model.Meeting;
import vn.vanban4j.model.Paragraph;
import vn.vanban4j.model.Section;
import vn.vanban4j.model.Task;
import vn.vanban4j.model.TaskOutput;
import vn.vanban4j.model.TaskTable;
import vn.vanban4j.rules.PhraseContext;
import vn.vanban4j.rules.TimePhrase;
import vn.vanban4j.rules.TimePhrases;

/**
 * The body of a document or an annex: lines joined into paragraphs, the bases and the enacting
 * sentence, the numbered outline ("I.", "1.", "1.1.", "a)", "Điều 1.") into sections, paragraphs
 * that give a duty into tasks with their lead, partners and deadline, tables into tables.
 */
final class BodyReader {
    private static final Pattern ROMAN = Pattern.compile("^(?<n>[IVXL]{1,5}[.\\-])\\s*(?<t>.+)$");
    // "Điều 1. ...", and "Điều 1: ..." as some write it
    private static final Pattern ARTICLE = Pattern.compile("^(?<n>Điều\\s+\\d{1,3}[.:])\\s*(?<t>.*)$");
    // "1. Tổ chức ...", and "1.Tổ chức ..." typed without the space
    private static final Pattern ARABIC = Pattern.compile("^(?<n>\\d{1,2}[.)])(?:\\s+|(?=\\p{Lu}))(?<t>.+)$");
    private static final Pattern DOTTED = Pattern.compile("^(?<n>\\d{1,2}(?:\\.\\d{1,2}){1,6}\\.?)\\s+(?<t>.+)$");
    // "a) ...", and "a. ..." as many write it
    private static final Pattern LETTER = Pattern.compile("^(?<n>[a-zđ][.)])\\s+(?<t>.+)$");
    private static final Pattern BULLET = Pattern.compile("^(?<n>[-+•])\\s*(?<t>.+)$");
    // "(1) Chủ trì, tổng hợp ...", "(a) ...": numbered in brackets
    private static final Pattern BRACKETED = Pattern.compile("^(?<n>\\((?:\\d{1,2}|[a-zđ])\\))\\s+(?<t>.+)$");
    private static final Pattern BASIS = Pattern.compile("^(Căn cứ|Thực hiện|Theo đề nghị|Theo |Xét |Tiếp tục thực hiện).*");
    private static final Pattern DECIDES = Pattern.compile("^QUYẾT (ĐỊNH|NGHỊ)\\s*:?$");
    private static final Pattern FIELD = Pattern.compile("^(?<k>Thời gian bắt đầu|Thời gian|Địa điểm|Chủ trì|Thư ký[^:]*|Thành phần[^:]*)\\s*:\\s*(?<v>.*)$");
    // the closing request of a letter: "Sở ... đề nghị các đơn vị nghiêm túc thực hiện./.", "... xin thông báo để ... biết, thực hiện",
    // also after a clause of cause or purpose ("Do thời gian gấp ..., Sở X đề nghị các cơ quan ... thực hiện đảm bảo đúng thời gian")
    static final Pattern CLOSING_REQUEST = Pattern.compile("^(?:(?:(?:Để|Nhằm|Do|Vì)\\s[^.;:]{10,260}?,\\s)?.{0,80}(?:[Đđ]ề nghị|[Yy]êu cầu) [^:]{0,300}(?:thực hiện|triển khai)(?: tốt| nghiêm túc)?"
            + "(?: (?:các |những |đầy đủ |đúng )?(?:nội dung|yêu cầu|nhiệm vụ|chỉ đạo|hướng dẫn|văn bản|công văn|thông báo|kế hoạch)"
            + "(?: (?:trên|này|nêu trên|đã nêu|nói trên|sau))?)?(?:,? (?:đảm bảo|bảo đảm) [^:]{0,80})?"
            + "(?: đúng (?:thời gian|thời hạn|quy định|tiến độ|yêu cầu)(?: (?:nêu trên|đã nêu|quy định|trên))?)?"
            + "(?: (?:tại|theo|nêu tại|ghi tại) (?:các )?[Pp]hụ lục[^.:]{0,60})?"
            + "|.{0,120}(?:thông báo|phúc đáp|trả lời|hướng dẫn|thông tin)(?: [^:]{0,200}?)? để [^:]{0,160}(?:biết|thực hiện))\\s*\\.?(?:/\\.)?$");
    private static final Pattern CLOSING_SENTENCE = Pattern.compile("^(Trên đây|Trong quá trình (thực hiện|triển khai)|Căn cứ (văn bản|Kế hoạch|nội dung) này"
            + "|Nghị quyết này đã được|Quyết định này có hiệu lực|Biên bản kết thúc|.{0,80}kính trình .{0,60}(xem xét|quyết định)).*");
    private static final PhraseContext PHRASES = PhraseContext.issuedOn(LocalDate.of(2000, 1, 1));
    private static final List<String> PRECEDENCE = List.of("date", "relative", "window", "period", "continuous");

    private final List<Item> items;
    private final DocumentKind kind;
    private final List<Finding> findings;
    private final Budget budget;
    private final List<String> addressees;
    private final String issuer;
    private final LocalDate issued;

    /** A paragraph joined from lines, or a whole DOCX paragraph. */
    record Para(String text, Boolean bold, List<Footnote> footnotes, String source) {
    }

    /** What a body holds. */
    private static final Pattern ENACTS = Pattern.compile("^[^.;:]{3,120}?\\sban hành (?:Quyết định|Nghị quyết|Nghị định|Thông tư|Chỉ thị"
            + "|Kế hoạch|Chương trình|Quy định|Quy chế|Hướng dẫn)(?: này)?\\b");

    record Result(List<String> preamble, String enacting, List<Section> sections, String conclusion, Meeting meeting) {
    }

    BodyReader(List<Item> items, DocumentKind kind, List<String> addressees, String issuer, LocalDate issued, List<Finding> findings,
            Budget budget) {
        this.items = items;
        this.budget = budget;
        this.issuer = issuer;
        this.issued = issued;
        this.kind = kind;
        this.addressees = addressees;
        this.findings = findings;
    }

    Result read() {
        List<Object> pieces = paragraphs(TextTables.of(items));
        List<String> preamble = new ArrayList<>();
        String enacting = null;
        int i = 0;
        // the bases and the sentence that opens the body
        for (; i < pieces.size() && pieces.get(i) instanceof Para p; i++) {
            String text = p.text();
            if (DECIDES.matcher(text).matches()) {
                continue;
            }
            // "Thủ tướng Chính phủ ban hành Quyết định quy định ...": the issuer enacting, among the bases, no duty
            boolean enacts = ENACTS.matcher(text).lookingAt() && !isNumbered(text) && !text.endsWith(":");
            if (!enacts && (isNumbered(text) || FIELD.matcher(text).matches() || assigns(text))) {
                break;
            }
            if (BASIS.matcher(text).matches() && !DutyReader.opensDuties(text) || !text.endsWith(":")) {
                preamble.add(text);
                findings.add(new Finding("$.preamble[" + (preamble.size() - 1) + "]", text, p.source(), 0.9, Status.FOUND));
            } else {
                enacting = text;
                findings.add(new Finding("$.enacting", text, p.source(), 0.9, Status.FOUND));
                i++;
                break;
            }
        }
        Meeting meeting = null;
        if (kind == DocumentKind.INVITATION || kind == DocumentKind.MINUTES) {
            MeetingParts parts = meeting(pieces, i);
            meeting = parts.meeting;
            pieces = parts.rest;
            i = 0;
        }
        String conclusion = null;
        int end = pieces.size();
        if (end > i && pieces.get(end - 1) instanceof Para last && (CLOSING_SENTENCE.matcher(last.text()).matches()
                || CLOSING_REQUEST.matcher(last.text()).matches())) {
            conclusion = stripEndMark(last.text());
            findings.add(new Finding("$.conclusion", conclusion, last.source(), 0.9, Status.FOUND));
            end--;
        }
        List<Section> sections = outline(pieces.subList(i, end), enacting);
        return new Result(preamble, enacting, sections, conclusion, meeting);
    }

    // a paragraph that asks a unit for work opens the body, though it is not numbered:
    // "Bộ Công Thương đề nghị Sở Công Thương các tỉnh báo cáo kết quả trước ngày 30/4/2026."
    private static boolean assigns(String text) {
        if (BASIS.matcher(text).matches() || text.endsWith(":")) {
            return false;
        }
        Task task = task(null, text, List.of(), null);
        boolean named = !DutyReader.ownOwners(text).isEmpty();
        // "Nhân dịp ... . Ủy ban nhân dân thành phố đề nghị các cơ quan ... treo cờ từ ngày ...": asked in a later sentence
        return (named || !DutyReader.laterOwners(text).isEmpty())
                && (task != null && task.deadline() != null || DutyReader.asks(text) || named && RESPONSIBLE.matcher(text).find());
    }

    private static final Pattern RESPONSIBLE = Pattern.compile("\\s(?:có|chịu) trách nhiệm\\s");

    // ---- lines into paragraphs

    static List<Object> paragraphs(List<Item> items) {
        // the body's left edge (where most of its lines start: a stray line further left does not move it), and
        // whether first lines are indented from it (a PDF, pdftotext -layout)
        java.util.Map<Integer, Long> edges = items.stream().filter(i -> i instanceof Line l && !l.blank() && l.indent() >= 0 && l.columns() == 1)
                .collect(java.util.stream.Collectors.groupingBy(i -> ((Line) i).indent(), java.util.stream.Collectors.counting()));
        int margin = edges.entrySet().stream().max(java.util.Map.Entry.<Integer, Long>comparingByValue()
                .thenComparing(java.util.Map.Entry.comparingByKey(java.util.Comparator.reverseOrder()))).map(java.util.Map.Entry::getKey).orElse(-1);
        boolean indented = margin >= 0 && items.stream().anyMatch(i -> i instanceof Line l && l.indent() > margin + 2);
        List<Object> out = new ArrayList<>();
        StringBuilder text = null;
        Line first = null;
        Line previous = null;
        List<Footnote> notes = new ArrayList<>(); // the footnotes of every line the paragraph joins
        for (int k = 0; k < items.size(); k++) {
            Item item = items.get(k);
            if (item instanceof Grid g) {
                if (text != null) {
                    out.add(new Para(text.toString(), first.bold(), List.copyOf(notes), first.source()));
                    text = null;
                }
                out.add(g);
                previous = null;
                continue;
            }
            Line line = (Line) item;
            if (line.blank()) {
                if (text != null && continuesAcrossABreak(text, items, k)) {
                    continue; // a sentence a page break cut: "... tổ chức" / (page 2) "kiểm tra các cơ sở ..."
                }
                if (text != null) {
                    out.add(new Para(text.toString(), first.bold(), List.copyOf(notes), first.source()));
                    text = null;
                }
                previous = null;
                continue;
            }
            boolean starts = text == null || line.whole() || startsParagraph(line, previous, indented ? margin : -1);
            if (starts) {
                if (text != null) {
                    out.add(new Para(text.toString(), first.bold(), List.copyOf(notes), first.source()));
                }
                text = new StringBuilder(line.text());
                first = line;
                notes = new ArrayList<>(line.footnotes());
            } else {
                notes.addAll(line.footnotes());
                boolean glue = text.charAt(text.length() - 1) == '-' && Character.isUpperCase(line.text().charAt(0))
                        || text.charAt(text.length() - 1) == '/';
                text.append(glue ? "" : " ").append(line.text());
            }
            previous = line;
        }
        if (text != null) {
            out.add(new Para(text.toString(), first.bold(), List.copyOf(notes), first.source()));
        }
        return out;
    }

    // extracted text, not a Word paragraph, whose sentence is open and whose next line goes on in lower case
    private static boolean continuesAcrossABreak(StringBuilder text, List<Item> items, int blank) {
        char last = text.charAt(text.length() - 1);
        if (".:;!?)".indexOf(last) >= 0) {
            return false;
        }
        for (int j = blank + 1; j < items.size() && j <= blank + 4; j++) {
            if (!(items.get(j) instanceof Line next) || next.whole()) {
                return false;
            }
            if (!next.blank()) {
                return next.columns() == 1 && Character.isLowerCase(next.text().charAt(0));
            }
        }
        return false;
    }

    // an article's title ("Chế độ giao ban", "Trách nhiệm thi hành"), not the start of its text ("Giao Sở Y tế chủ trì, phối hợp ...")
    private static boolean isArticleTitle(String rest) {
        return !rest.isEmpty() && rest.length() <= 60 && titleLike(rest) && !rest.contains(",") && !DutyReader.actsFirst(rest)
                && !DutyReader.asks(rest);
    }

    // a line begins a paragraph when it begins with a mark or a number, or it is indented from the body's
    // edge (a first-line indent); where the text shows no indents, when the line before ended a sentence
    private static boolean startsParagraph(Line line, Line previous, int margin) {
        String text = line.text();
        if (isNumbered(text) || BULLET.matcher(text).matches() || text.startsWith("Căn cứ") || text.startsWith("Nơi nhận")
                || DutyReader.isField(text)) { // "Thời gian thực hiện: Tháng 7/2026." under a heading: a line of its own
            return true;
        }
        if (previous == null || previous.columns() != line.columns()) {
            return true;
        }
        if (DocumentReader.isUpper(previous.text()) && !DocumentReader.isUpper(text)) {
            return true; // a heading in capitals ends where the running text begins
        }
        String head = previous.text().strip();
        if (isNumbered(head) && head.length() < 70 && text.length() > head.length() + 10 && Character.isUpperCase(text.charAt(0))
                && DutyReader.namesAUnitAlone(head) && DutyReader.actsFirst(text)) {
            return true; // a short numbered line naming a unit ("3. Cấp ủy cấp trên trực tiếp") above a sentence of work: a heading
        }
        Matcher article = ARTICLE.matcher(head);
        if (article.matches() && isArticleTitle(article.group("t").strip()) && Character.isUpperCase(text.charAt(0))
                && text.length() >= 40 && (margin < 0 || line.indent() > previous.indent() + 2)) {
            return true; // "Điều 13. Chế độ giao ban" above "Thường trực Đảng ủy họp giao ban hằng tuần ...": the article's text begins
        }
        String before = previous.text();
        char last = before.charAt(before.length() - 1);
        if (Character.isLowerCase(text.charAt(0)) && ".:;!?".indexOf(last) < 0
                || last == ',' && (line.indent() < 0 || previous.indent() < 0 || line.indent() <= previous.indent())) {
            // a sentence going on in lower case, a list of units broken after a comma ("Sở Y tế, Sở Tài chính," / "Công an
            // tỉnh có trách nhiệm ..."), whatever the margin; but "Căn cứ ...," / (indented) "Ban X hướng dẫn ..." begins anew
            return false;
        }
        if (margin >= 0 && line.indent() >= 0) {
            return line.indent() > margin + 2;
        }
        if (last == '.' || last == ':' || last == ';' || last == '!' || last == '?') {
            return true;
        }
        return line.indent() >= 0 && previous.indent() >= 0 && line.indent() > previous.indent() + 2;
    }

    static boolean isNumbered(String text) {
        return ROMAN.matcher(text).matches() || ARTICLE.matcher(text).matches() || ARABIC.matcher(text).matches()
                || DOTTED.matcher(text).matches() || LETTER.matcher(text).matches() || BRACKETED.matcher(text).matches();
    }

    // ---- a Giấy mời's or a Biên bản's meeting: time, place, chair, secretary, who attends

    private record MeetingParts(Meeting meeting, List<Object> rest) {
    }

    private MeetingParts meeting(List<Object> pieces, int from) {
        String time = null;
        String place = null;
        String chair = null;
        String secretary = null;
        String ended = null;
        List<String> participants = new ArrayList<>();
        List<Object> rest = new ArrayList<>();
        boolean listing = kind == DocumentKind.INVITATION;
        for (int i = from; i < pieces.size(); i++) {
            if (!(pieces.get(i) instanceof Para p)) {
                rest.add(pieces.get(i));
                continue;
            }
            Matcher f = FIELD.matcher(p.text());
            if (f.matches()) {
                String key = f.group("k");
                String value = f.group("v").strip();
                listing = key.startsWith("Thành phần");
                if (key.startsWith("Thời gian")) {
                    time = value;
                } else if (key.equals("Địa điểm")) {
                    place = value;
                } else if (key.equals("Chủ trì")) {
                    chair = value;
                } else if (key.startsWith("Thư ký")) {
                    secretary = value;
                }
                findings.add(new Finding("$.meeting", p.text(), p.source(), 0.9, Status.FOUND));
                continue;
            }
            Matcher bullet = BULLET.matcher(p.text());
            if (listing && bullet.matches()) {
                participants.add(DocumentReader.stripEnd(bullet.group("t")));
                continue;
            }
            listing = false;
            if (p.text().equals("Nội dung:")) {
                continue;
            }
            if (kind == DocumentKind.MINUTES && (p.text().startsWith("Biên bản kết thúc") || p.text().startsWith("Cuộc họp kết thúc"))) {
                ended = stripEndMark(p.text());
                continue;
            }
            rest.add(p);
        }
        return new MeetingParts(new Meeting(time, place, chair, secretary, participants, ended), rest);
    }

    // ---- the outline

    /** A section being read: its heading, and its blocks and subsections in order. */
    static final class Builder {
        final int level;
        final String number;
        final String title;
        final List<Object> content = new ArrayList<>(); // blocks and subsections still being filled

        Builder(int level, String number, String title) {
            this.level = level;
            this.number = number;
            this.title = title;
        }

        Section build() {
            return new Section(number, title, content.stream().map(b -> b instanceof Builder sub ? sub.build() : (Block) b).toList());
        }
    }

    private List<Section> outline(List<Object> pieces, String enacting) {
        List<Builder> roots = new ArrayList<>();
        List<Builder> stack = new ArrayList<>();
        List<String> taskHeader = null; // the header of a task table just read, for its rows on the next page
        for (Object piece : pieces) {
            if (piece instanceof Grid g) {
                List<Finding> read = new ArrayList<>();
                Block table = GridReader.read(g, read);
                List<String> header = g.rows().get(0);
                if (!(table instanceof TaskTable) && taskHeader != null && header.size() == taskHeader.size()) {
                    // a task table's rows go on over the page without its header: they are read under the header they continue
                    List<List<String>> rows = new ArrayList<>(List.of(taskHeader));
                    rows.addAll(g.rows());
                    List<List<Integer>> spans = new ArrayList<>(List.of(java.util.Collections.nCopies(taskHeader.size(), 1)));
                    spans.addAll(g.spans());
                    read.clear();
                    table = GridReader.read(new Grid(rows, spans, g.source()), read);
                    header = taskHeader;
                }
                findings.addAll(read);
                taskHeader = table instanceof TaskTable ? header : null;
                current(roots, stack).content.add(table);
                continue;
            }
            taskHeader = null;
            Para p = (Para) piece;
            String text = p.text();
            Heading h = heading(p);
            if (h != null) {
                while (!stack.isEmpty() && stack.get(stack.size() - 1).level >= h.level) {
                    stack.remove(stack.size() - 1);
                }
                Builder b = new Builder(h.level, h.number, h.title);
                if (stack.isEmpty()) {
                    roots.add(b);
                } else {
                    stack.get(stack.size() - 1).content.add(b);
                }
                stack.add(b);
                if (h.firstParagraph != null) {
                    b.content.add(block(null, h.firstParagraph, p, b.title));
                }
                findings.add(new Finding("$.sections", h.number + (h.title == null ? "" : " " + h.title), p.source(), 0.9, Status.FOUND));
                continue;
            }
            Builder into = current(roots, stack);
            String statement = deadlineStatement(text);
            if (statement != null && applyDeadline(into, statement)) {
                findings.add(new Finding("$.tasks", "deadline \"" + statement + "\" applied to the tasks above it", p.source(), 0.7,
                        Status.FOUND));
            }
            String marker = null;
            String body = stripEndMark(text);
            for (Pattern pattern : new Pattern[] {ARABIC, DOTTED, LETTER, BRACKETED, BULLET}) {
                Matcher m = pattern.matcher(body);
                if (m.matches()) {
                    marker = m.group("n");
                    body = m.group("t");
                    break;
                }
            }
            into.content.add(block(marker, body, p, nearestTitle(stack)));
        }
        DutyReader.assign(roots, kind, addressees, issuer, enacting, issued, findings, budget);
        List<Section> out = new ArrayList<>();
        roots.forEach(b -> out.add(b.build()));
        return out;
    }

    private static final Pattern STATEMENT = Pattern.compile("^(?:[-+]\\s*)?(?:Thời gian(?: thực hiện| hoàn thành)?|Thời hạn(?: hoàn thành)?)\\s*:\\s*(?<p>.+?)\\.?$");

    // "Thời gian thực hiện: Hoàn thành trong quý I năm 2023." standing alone: the deadline of the tasks above it
    private static String deadlineStatement(String text) {
        Matcher m = STATEMENT.matcher(text);
        if (!m.matches()) {
            return null;
        }
        List<TimePhrase> phrases = TimePhrases.findAll(m.group("p"), PHRASES);
        return phrases.stream().anyMatch(p -> PRECEDENCE.contains(p.kind())) ? m.group("p").strip() : null;
    }

    // the statement sets the deadline of the tasks standing before it in the section whose own words
    // give none or only a phrase no deadline word introduces
    private static boolean applyDeadline(Builder into, String deadline) {
        boolean applied = false;
        for (int i = into.content.size() - 1; i >= 0; i--) {
            if (!(into.content.get(i) instanceof Task t)) {
                break;
            }
            if (t.deadline() == null || rank(TimePhrases.findAll(t.deadline(), PHRASES).stream().findFirst().orElse(null),
                    TimePhrases.normalise(t.text())) >= 10) {
                into.content.set(i, new Task(t.marker(), t.text(), t.action(), t.lead(), t.partners(), t.audience(), deadline,
                        t.recurrence(), t.supervisor(), t.output(), t.product(), t.footnotes()));
                applied = true;
            }
        }
        return applied;
    }

    private static Builder current(List<Builder> roots, List<Builder> stack) {
        if (!stack.isEmpty()) {
            return stack.get(stack.size() - 1);
        }
        if (roots.isEmpty() || roots.get(roots.size() - 1).number != null) {
            Builder unnumbered = new Builder(0, null, null);
            roots.add(unnumbered);
            return unnumbered;
        }
        return roots.get(roots.size() - 1);
    }

    private static String nearestTitle(List<Builder> stack) {
        for (int i = stack.size() - 1; i >= 0; i--) {
            if (stack.get(i).title != null) {
                return stack.get(i).title;
            }
        }
        return null;
    }

    private record Heading(int level, String number, String title, String firstParagraph) {
    }

    // a numbered paragraph is a heading when it reads as a title: short, not ending a sentence; Roman
    // numbers and articles always are
    private static Heading heading(Para p) {
        String text = p.text();
        Matcher m = ROMAN.matcher(text);
        if (m.matches()) {
            return new Heading(1, m.group("n"), m.group("t").strip(), null);
        }
        m = ARTICLE.matcher(text);
        if (m.matches()) {
            String rest = m.group("t").strip();
            boolean title = !rest.isEmpty() && titleLike(rest);
            return new Heading(1, m.group("n"), title ? rest : null, title || rest.isEmpty() ? null : rest);
        }
        m = ARABIC.matcher(text);
        if (m.matches() && titleLike(m.group("t"))) {
            return new Heading(2, m.group("n"), m.group("t").strip(), null);
        }
        m = DOTTED.matcher(text);
        if (m.matches() && titleLike(m.group("t"))) {
            return new Heading(1 + m.group("n").split("\\.").length, m.group("n"), m.group("t").strip(), null);
        }
        m = LETTER.matcher(text);
        if (m.matches() && titleLike(m.group("t")) && Boolean.TRUE.equals(p.bold())) {
            return new Heading(5, m.group("n"), m.group("t").strip(), null);
        }
        return null;
    }

    private static boolean titleLike(String text) {
        String t = text.strip();
        char last = t.charAt(t.length() - 1);
        return t.length() <= 400 && last != '.' && last != ';' && last != ':' && last != ',';
    }

    // ---- paragraphs and tasks

    private Block block(String marker, String text, Para p, String heading) {
        Task task = task(marker, text, p.footnotes(), heading);
        if (task != null) {
            findings.add(new Finding("$.tasks", text + (task.deadline() == null ? "" : " [" + task.deadline() + "]"), p.source(),
                    task.lead().isEmpty() ? 0.6 : 0.8, Status.FOUND));
            return task;
        }
        return new Paragraph(marker, text, p.footnotes());
    }

    // what stands before "chịu trách nhiệm" without naming a unit: "Là đầu mối cùng với ...", "Trong quá trình ...", "các nội dung"
    private static final Pattern NOT_A_LEAD = Pattern.compile("^(?iu:là|đồng thời|trong|khi|nếu|sau|trước|để|với|theo|cùng|và|được|đã|"
            + "ngoài ra)\\b.*|^\\p{Ll}.*|.*\\sviệc$");
    private static final Pattern LEAD_CHU_TRI = Pattern.compile(
            "^(?<lead>[^,;:.()]{3,120}?)\\s+(?:chủ trì|có trách nhiệm|chịu trách nhiệm)(?<rest>.*)$");
    private static final Pattern LEAD_GIAO = Pattern.compile("^Giao\\s+(?<lead>[^,;:.()]{3,120}?)\\s+(?:chủ trì|tổ chức|thực hiện|xây dựng|triển khai|tham mưu)(?<rest>.*)$");
    private static final Pattern LEAD_LABEL = Pattern.compile("^(?<lead>(?!Thời gian|Địa điểm|Chủ trì|Thành phần|Nội dung|Mục đích|Yêu cầu|Lưu ý|Ví dụ|Thời hạn|Quý|Tháng|Năm|Đơn vị|Cơ quan|Bộ phận|Kết quả|Sản phẩm|Phối hợp|Trách nhiệm|Tiến độ|Đợt|Bước|Lần|Giai đoạn|Tiêu chí|Hình thức|Kinh phí|Đối tượng|Phạm vi|Nguyên tắc|Tài liệu|Hồ sơ|Người)\\p{Lu}[^:.;()]{2,80}):\\s+(?<rest>.*)$");
    private static final Pattern LEAD_ORG = Pattern.compile("^(?<lead>(?:Các |UBND |Ủy ban |Uỷ ban |Sở |Ban (?!hành)|Bộ |Công an |Phòng |Văn phòng |Đảng ủy |Đảng uỷ |Chi bộ |Trung tâm |Hội |Đoàn |Công ty |Thường trực |Mặt trận |Trường (?!hợp)|Viện |Cục |Chi cục |Thủ trưởng |Chủ tịch |Giám đốc |Cấp ủy |Cấp uỷ |Đồng chí |Mỗi |Riêng )[^;:.()]{2,120}?)\\s+"
            + "(?:tổ chức(?! đảng| chính trị| cơ sở| đoàn thể| hội)|ban hành|tăng cường|chỉ đạo|lãnh đạo|rà soát|bổ sung|thực hiện|tham mưu|xây dựng|triển khai"
            + "|báo cáo|đưa|theo dõi|tiếp tục|phối hợp|hướng dẫn|kiểm tra(?! các cấp| tỉnh| huyện)|căn cứ|tập trung|lựa chọn|phát huy|nghiên cứu|quan tâm|chủ động"
            + "|trực tiếp|đẩy mạnh|quán triệt|hoàn thành|tuyên truyền|bám sát|khảo sát|đăng ký|nâng cao|xác định|gương mẫu|giới thiệu|cử|thường xuyên)\\b(?<rest>.*)$");
    private static final Pattern PARTNERS = Pattern.compile("phối hợp(?: chặt chẽ)? với\\s+(?<p>[^;.()]+?)(?=\\s+(?:tổ chức|thực hiện|tham mưu|xây dựng|triển khai|rà soát|hướng dẫn|theo dõi|báo cáo|tổng hợp|kiểm tra|tăng cường)|[;.]|$)");
    private static final Pattern ORG_TITLE = Pattern.compile("^(Các |UBND|Ủy ban|Uỷ ban|Sở |Ban (?!hành)|Bộ |Công an|Phòng |Văn phòng|Đảng ủy|Đảng uỷ|Chi bộ|Trung tâm|Hội |Đoàn |Công ty|Mặt trận|Trường (?!hợp)|Viện |Cục |Chi cục|Hội đồng).*");

    /** A task when the text names a unit in charge or a deadline; null for a plain paragraph. */
    static Task task(String marker, String text, List<Footnote> footnotes, String heading) {
        String deadline = null;
        String recurrence = null;
        int best = Integer.MAX_VALUE;
        String normalised = TimePhrases.normalise(text);
        for (TimePhrase phrase : TimePhrases.findAll(text, PHRASES)) {
            if (phrase instanceof TimePhrase.Recurring) {
                String before = normalised.substring(Math.max(0, phrase.match().start() - 30), phrase.match().start());
                if (!OF_A_THING.matcher(before).find()) { // "chỉ tiêu hằng năm", "ngân sách hằng năm" name a thing, not a rhythm
                    recurrence = recurrence == null ? phrase.match().text() : recurrence;
                }
                continue;
            }
            String before = normalised.substring(Math.max(0, phrase.match().start() - 40), phrase.match().start());
            String name = normalised.substring(Math.max(0, phrase.match().start() - 120), phrase.match().start());
            if (REFERENCE_BEFORE.matcher(before).find() || VISION_BEFORE.matcher(before).find() || quoted(normalised, phrase.match().start())
                    || phrase.match().text().startsWith("đến năm") && HORIZON_OF.matcher(name).find()) {
                continue; // the date of a document named, a plan's vision ("tầm nhìn đến năm 2050"), words quoted from elsewhere
            }
            int rank = rank(phrase, normalised);
            if (rank >= 10 && phrase instanceof TimePhrase.Window w && w.end().isAfter(w.start().plusYears(1))) {
                continue; // a span of years no deadline word introduces: "nhiệm kỳ 2026 - 2031", "giai đoạn 2021 - 2025"
            }
            if (rank >= 0 && rank <= best) { // of equal rank the last: "6 tháng trước ngày 15/6 và năm trước ngày 05/11"
                best = rank;
                deadline = phrase.match().text();
            }
        }
        List<String> lead = new ArrayList<>();
        List<String> partners = new ArrayList<>();
        String rest = null;
        for (Pattern pattern : new Pattern[] {LEAD_GIAO, LEAD_LABEL, LEAD_CHU_TRI, LEAD_ORG}) {
            Matcher m = pattern.matcher(text);
            if (m.matches() && (pattern != LEAD_LABEL || DutyReader.looksLikeUnit(m.group("lead")))
                    && !(pattern == LEAD_CHU_TRI && (NOT_A_LEAD.matcher(m.group("lead")).matches() || DutyReader.actsFirst(m.group("lead"))))) {
                lead.add(m.group("lead").strip());
                rest = m.group("rest");
                break;
            }
        }
        if (lead.isEmpty() && heading != null && ORG_TITLE.matcher(heading).matches() && DutyReader.looksLikeUnit(heading)) {
            lead.add(heading);
            rest = text;
        }
        if (rest != null) {
            Matcher p = PARTNERS.matcher(rest);
            if (p.find()) {
                partners.add(p.group("p").strip());
            }
        }
        if (deadline == null && recurrence == null && lead.isEmpty()) {
            return null;
        }
        return new Task(marker, text, null, lead, partners, List.of(), deadline, recurrence, null, output(text), null, footnotes);
    }

    private static final Pattern REFERENCE_BEFORE = Pattern.compile(
            "(?:\\d{1,5}\\s*[-/]\\s*(?:\\d{4}\\s*/\\s*)?\\p{L}[\\p{L}\\d.&-]*(?:\\s?[-/]\\s?\\p{L}[\\p{L}\\d.&-]*)?|ban hành|ký|phê duyệt)"
                    + "\\s*,?\\s*(?:ngày)?\\s*$"); // a number as extraction spaced it too: "1069/2016/QĐ -UBND ngày 08/4/2016"
    private static final Pattern OF_A_THING = Pattern.compile("(?:chỉ tiêu|mục tiêu|ngân sách|dự toán|kinh phí|vốn"
            + "|số liệu|tiêu chí|nhu cầu|định mức)\\s*$");
    // the end of the span a programme or a plan is named for: "lập Chương trình phát triển đô thị thành phố Tam Điệp đến năm 2045"
    private static final Pattern HORIZON_OF = Pattern.compile("(?iu)\\b(?:chương trình|quy hoạch|kế hoạch|đề án|chiến lược|phương án)"
            + "(?:(?!hoàn thành|xong)[^,;.:])*$");
    private static final Pattern VISION_BEFORE = Pattern.compile("(?:tầm nhìn|định hướng|quy hoạch[^,;.]{0,30})\\s*$");

    // inside “...” or "...": a law or another document quoted, not this one's deadline
    private static boolean quoted(String text, int at) {
        int open = 0;
        int straight = 0;
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            open += c == '\u201c' ? 1 : c == '\u201d' ? -1 : 0;
            straight += c == '"' ? 1 : 0;
        }
        return open > 0 || straight % 2 == 1;
    }

    private static final Pattern DEADLINE_WORDS = Pattern.compile("(?i)(hoàn thành|thời gian|thời hạn|hạn chót)[^.;]{0,40}$");

    // which phrase is the task's deadline: one introduced by "hoàn thành", "thời gian" first; then a date,
    // a relative limit, a period or a window of at most a year; a span of years ("giai đoạn 2021 - 2025")
    // is context more often than a deadline; "thường xuyên" last
    private static int rank(TimePhrase phrase, String text) {
        if (phrase == null) {
            return 99;
        }
        int kind = PRECEDENCE.indexOf(phrase.kind());
        if (kind < 0) {
            return -1;
        }
        if (phrase instanceof TimePhrase.Window w && w.end().isAfter(w.start().plusYears(1))) {
            kind = 4;
        } else if (phrase.kind().equals("window")) {
            kind = 3;
        }
        // the words stand at most 40 characters before the phrase: look at the 60 before it, not the whole text again
        // (a paragraph of thousands of dates stays linear)
        int start = Math.min(text.length(), phrase.match().start());
        boolean introduced = DEADLINE_WORDS.matcher(text.substring(Math.max(0, start - 60), start)).find();
        return introduced ? kind : kind + 10;
    }

    private static TaskOutput output(String text) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        if (t.contains("báo cáo")) {
            return TaskOutput.REPORT;
        }
        if (t.matches(".*(ban hành|xây dựng) kế hoạch.*")) {
            return TaskOutput.PLAN;
        }
        if (t.contains("hội nghị") || t.contains("tổ chức cho")) {
            return TaskOutput.EVENT;
        }
        return null;
    }

    /** The text without the state end mark "./." (the full stop it replaced comes back). */
    static String stripEndMark(String text) {
        String t = text.strip();
        return t.endsWith("./.") ? t.substring(0, t.length() - 2) : t;
    }
}
