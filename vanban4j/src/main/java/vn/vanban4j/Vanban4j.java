package vn.vanban4j;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import vn.vanban4j.exchange.Attachment;
import vn.vanban4j.exchange.Dispatch;
import vn.vanban4j.exchange.EdXml;
import vn.vanban4j.exchange.ExchangeMessage;
import vn.vanban4j.importer.ImportException;
import vn.vanban4j.importer.ImportLimits;
import vn.vanban4j.importer.ImportResult;
import vn.vanban4j.importer.Importer;
import vn.vanban4j.model.AtomicFiles;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.Message;
import vn.vanban4j.model.OrgChart;
import vn.vanban4j.model.PlanFormatException;
import vn.vanban4j.model.Plans;
import vn.vanban4j.render.PdfConverter;
import vn.vanban4j.render.RenderException;
import vn.vanban4j.render.Renderer;
import vn.vanban4j.render.report.Reports;
import vn.vanban4j.rules.DeadlineRules;
import vn.vanban4j.rules.Diagnostic;
import vn.vanban4j.rules.DueDate;
import vn.vanban4j.rules.ObligationSet;
import vn.vanban4j.rules.Obligations;
import vn.vanban4j.rules.PhraseContext;
import vn.vanban4j.rules.PlanChecks;
import vn.vanban4j.signatures.PdfSignatures;
import vn.vanban4j.signatures.SignOptions;
import vn.vanban4j.signatures.SignatureReport;
import vn.vanban4j.signatures.SigningKey;

/**
 * The one entry point: read and check documents, import what a body receives (DOCX, PDF, text),
 * render documents as DOCX, PDF, PDF/A or HTML, verify and sign PDFs, pack and read edXML packages,
 * work out due dates and obligations, make blank forms and consolidate reports. Each piece it uses ({@link Plans}, {@link Importer}, {@link Renderer},
 * {@link DeadlineRules}, {@link Obligations}, {@link Reports}) stays usable alone.
 * Thread-safe; holds LibreOffice processes once a PDF is made, so close it when done (or let a
 * container do so). Interrupting a thread that renders stops the render with a
 * {@link vn.vanban4j.render.RenderException} and leaves the interrupt flag set.
 * The library's exceptions keep English in {@code getMessage()} (for logs) and a stable code;
 * {@link #describe(Throwable)} gives their message in this facade's {@link #locale()} (Vietnamese
 * unless {@link #withLocale} says otherwise) for the clerks who read it.
 *
 * <pre>{@code
 * try (Vanban4j vanban = Vanban4j.standard()) {
 *     Document plan = vanban.read(Path.of("107-KH-ThU.json"));
 *     vanban.render(plan, Vanban4j.Format.DOCX, Path.of("107-KH-ThU.docx"));
 *     Map<Task, LocalDate> due = new LinkedHashMap<>();
 *     for (Task task : plan.tasks()) {
 *         if (task.deadline() != null) {
 *             due.put(task, vanban.due(plan, task.deadline()).due());
 *         }
 *     }
 * }
 * }</pre>
 */
public final class Vanban4j implements AutoCloseable {
    /** What a document is rendered as. */
    public enum Format {
        /** Word, as a clerk signs and sends it. */
        DOCX,
        /** PDF through LibreOffice. */
        PDF,
        /** PDF/A-2b through LibreOffice, as archives keep documents (a signature added later keeps it PDF/A). */
        PDF_A,
        /** A standalone HTML preview. */
        HTML
    }

    private final Renderer renderer;
    // null for the standard rules, whose calendar data is read when a deadline is first asked for (a host that
    // only renders or imports does not pay for it at start)
    private final DeadlineRules rules;
    private final PdfConverter pdf;
    private final ImportLimits importLimits;
    private final Locale locale;
    // whether close() stops the converter: the facade that made or was given it, not the copies that share it
    private final boolean ownsPdf;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Vanban4j(Renderer renderer, DeadlineRules rules, PdfConverter pdf, ImportLimits importLimits, Locale locale,
            boolean ownsPdf) {
        this.renderer = renderer;
        this.rules = rules;
        this.pdf = pdf;
        this.importLimits = importLimits;
        this.locale = locale;
        this.ownsPdf = ownsPdf;
    }

    /** The shipped templates and profiles, the standard working calendar, LibreOffice found on this machine. */
    public static Vanban4j standard() {
        return new Vanban4j(Renderer.standard(), null, PdfConverter.standard(), ImportLimits.DEFAULT,
                Message.VIETNAMESE, true);
    }

    /**
     * This facade rendering with another renderer (templates folder, profile, images, extras, limits).
     * The copy shares this facade's PDF converter: closing the copy (a facade per request) leaves the
     * converter running; closing this facade stops it for both.
     */
    public Vanban4j withRenderer(Renderer other) {
        return new Vanban4j(Objects.requireNonNull(other, "renderer"), rules, open().pdf, importLimits, locale, false);
    }

    /** This facade with other deadline rules (calendar overlays, roll-forward). */
    public Vanban4j withRules(DeadlineRules other) {
        return new Vanban4j(renderer, Objects.requireNonNull(other, "rules"), open().pdf, importLimits, locale, false);
    }

    /** This facade converting PDF with another converter (its own LibreOffice, pool size, timeout); it closes it. */
    public Vanban4j withPdfConverter(PdfConverter other) {
        open();
        return new Vanban4j(renderer, rules, Objects.requireNonNull(other, "pdf"), importLimits, locale, true);
    }

    /**
     * This facade importing within other limits (file size, pages, time); the copy shares this
     * facade's PDF converter, as {@link #withRenderer} does.
     */
    public Vanban4j withImportLimits(ImportLimits other) {
        return new Vanban4j(renderer, rules, open().pdf, Objects.requireNonNull(other, "limits"), locale, false);
    }

    /**
     * This facade describing errors in {@code other}'s language ({@link #describe(Throwable)}): Vietnamese
     * for a locale whose language is {@code vi}, English for any other. The copy shares this facade's
     * PDF converter, as {@link #withRenderer} does.
     */
    public Vanban4j withLocale(Locale other) {
        return new Vanban4j(renderer, rules, open().pdf, importLimits, Objects.requireNonNull(other, "locale"), false);
    }

    private Vanban4j open() {
        if (closed.get()) {
            throw new IllegalStateException("this Vanban4j was closed; make a new one (Vanban4j.standard()) to go on working");
        }
        return this;
    }

    /** The renderer in use. */
    public Renderer renderer() {
        return renderer;
    }

    /** The deadline rules in use. */
    public DeadlineRules rules() {
        return rules != null ? rules : DeadlineRules.standard();
    }

    /** The language errors are described in ({@link #describe(Throwable)}); Vietnamese unless {@link #withLocale} says otherwise. */
    public Locale locale() {
        return locale;
    }

    /**
     * The message of an error for the person who reads it, in {@link #locale()}: for the library's own
     * ({@link PlanFormatException} with every problem, {@link ImportException},
     * {@link RenderException}) in Vietnamese or English; any other error's own message.
     * Diagnostics of {@link #check} give theirs with {@code message(locale())}.
     */
    public String describe(Throwable error) {
        return describe(error, locale);
    }

    /** As {@link #describe(Throwable)}, in Vietnamese when {@code locale} is Vietnamese and English otherwise. */
    public static String describe(Throwable error, Locale locale) {
        if (error instanceof PlanFormatException e) {
            return e.message(locale);
        }
        if (error instanceof ImportException e) {
            return e.message(locale);
        }
        if (error instanceof RenderException e) {
            return e.message(locale);
        }
        return String.valueOf(error.getMessage());
    }

    // ---- reading and checking

    /**
     * Reads a document from a JSON file.
     *
     * @throws PlanFormatException with every problem and its JSON path
     */
    public Document read(Path json) throws IOException {
        open();
        return Plans.read(json);
    }

    /** Reads a document from JSON text; {@code source} names it in errors. */
    public Document read(String json, String source) {
        open();
        return Plans.read(json, source);
    }

    /** The problems of a JSON document, each with its JSON path; empty when it reads. */
    public List<PlanFormatException.Problem> validate(String json, String source) {
        try {
            Plans.read(json, source);
            return List.of();
        } catch (PlanFormatException e) {
            return e.problems();
        }
    }

    /** Mistakes in a document (codes VB001...): numbering, dates, deadlines, type codes. */
    public List<Diagnostic> check(Document document) {
        open();
        return PlanChecks.check(document, rules());
    }

    /** The document as JSON. */
    public String toJson(Document document) {
        return Plans.toJson(document);
    }

    // ---- importing what a body receives

    /**
     * Reads a received document (DOCX, PDF or text, told by the file's name) into the model, with
     * the duties it sets and a finding for every field read with doubt or not found.
     *
     * @throws vn.vanban4j.importer.ImportException when the file cannot be read, holds no document or passes a limit
     */
    public ImportResult importDocument(Path file) throws IOException {
        open();
        return Importer.read(file, importLimits);
    }

    /**
     * Reads a received document from bytes (an upload, a message attachment); {@code source} names it in
     * findings and errors.
     *
     * @throws vn.vanban4j.importer.ImportException when the bytes cannot be read, hold no document or pass a limit
     */
    public ImportResult importDocument(byte[] bytes, Importer.Format format, String source) {
        open();
        return Importer.read(bytes, format, source, importLimits);
    }

    // ---- rendering

    /** The document rendered; the same document gives the same DOCX, HTML and PDF bytes. */
    public byte[] render(Document document, Format format) {
        open();
        return switch (format) {
            case DOCX -> renderer.docx(document);
            case HTML -> renderer.html(document).getBytes(StandardCharsets.UTF_8);
            case PDF -> renderer.pdf(document, pdf);
            case PDF_A -> renderer.pdfA(document, pdf);
        };
    }

    /** Writes the rendered document to a stream (not closed). */
    public void render(Document document, Format format, OutputStream out) throws IOException {
        out.write(render(document, format));
    }

    /**
     * Writes the rendered document to a file, whole or not at all.
     *
     * @throws IOException naming the target file when it cannot be written
     */
    public void render(Document document, Format format, Path target) throws IOException {
        AtomicFiles.write(target, render(document, format));
    }

    // ---- electronic documents: signatures and edXML packages

    /**
     * Every digital signature of a PDF: signer, body, time, algorithm, what was added after it, whether its
     * bytes are intact and its chain's trust against the JVM's trust store ({@link PdfSignatures} trusts
     * a host's own certificates).
     *
     * @throws vn.vanban4j.signatures.SignatureException naming {@code name} when the PDF cannot be read or passes a limit
     */
    public List<SignatureReport> verify(byte[] pdf, String name) {
        open();
        return PdfSignatures.standard().verify(pdf, name);
    }

    /**
     * The PDF with one more signature, as an incremental update that keeps the signatures before it intact:
     * PAdES baseline B (B-T with a timestamp authority in {@code options}), visible as NĐ 30 sets it when
     * {@code options} give an image or a seal, in the signature space the renderer marked.
     */
    public byte[] sign(byte[] pdf, String name, SigningKey key, SignOptions options) {
        open();
        return PdfSignatures.standard().sign(pdf, name, key, options);
    }

    /** The document as an edXML package (QCVN 102:2016) for the exchange platform, written whole or not at all. */
    public void pack(Document document, Dispatch dispatch, List<Attachment> attachments, Path target) throws IOException {
        open();
        EdXml.standard().pack(document, dispatch, attachments, target);
    }

    /**
     * An edXML file read in: a {@link vn.vanban4j.exchange.DocumentPackage} (the document from its envelope and
     * attached DOCX or PDF, the attachments' bytes) or a {@link vn.vanban4j.exchange.StatusMessage}.
     *
     * @throws vn.vanban4j.exchange.ExchangeException with line, column and element path for a package that breaks the structure
     */
    public ExchangeMessage readPackage(Path file) throws IOException {
        open();
        return EdXml.standard().read(file);
    }

    // ---- time and duty

    /** The due date of a time phrase in a document ("Hoàn thành trong quý II/2023"), with its reason. */
    public DueDate due(Document document, String phrase) {
        open();
        return rules().resolve(phrase, PhraseContext.of(document), Map.of());
    }

    /** The due date of a time phrase in a document issued on {@code issued}. */
    public DueDate due(String phrase, LocalDate issued) {
        open();
        return rules().resolve(phrase, PhraseContext.issuedOn(issued), Map.of());
    }

    /**
     * Who owes what to whom by when under a plan; relative deadlines ("sau Hội nghị ...") wait for
     * {@code events} (event name to date).
     */
    public ObligationSet obligations(Document plan, OrgChart chart, Map<String, LocalDate> events) {
        open();
        return Obligations.derive(plan, chart, rules(), events);
    }

    // ---- reports

    /** The workbook a unit fills in for a plan's forms. */
    public byte[] blankForms(Document plan, String unit) {
        open();
        return Reports.blankForms(Reports.forms(plan), unit);
    }

    /**
     * The units' workbooks consolidated into the superior's workbook and BÁO CÁO document.
     *
     * @param expected the units expected to report ({@link Reports#expectedUnits} gives them from an org chart)
     */
    public Reports.Consolidated consolidate(Document plan, List<Reports.Received> workbooks, List<String> expected, LocalDate asOf) {
        open();
        return Reports.consolidate(plan, Reports.forms(plan), workbooks, expected, asOf, rules());
    }

    /**
     * Refuses further work ("this Vanban4j was closed"); when this facade owns its PDF converter (made
     * by {@link #standard()} or given to {@link #withPdfConverter}), lets PDF conversions under way
     * finish (at most the converter's time limit a conversion, 60 s by default) and stops the
     * LibreOffice processes, if any were started. A copy made by {@code withRenderer} or {@code withRules}
     * leaves the shared converter running. Closing again does nothing.
     */
    @Override
    public void close() {
        closed.set(true);
        if (ownsPdf) {
            pdf.close();
        }
    }
}
