package vn.vanban4j.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import vn.vanban4j.model.AtomicFiles;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.DocumentKind;
import vn.vanban4j.model.Message;
import vn.vanban4j.render.internal.BlockOutput;
import vn.vanban4j.render.internal.BlockXml;
import vn.vanban4j.render.internal.DocxWriter;
import vn.vanban4j.render.internal.Extras;
import vn.vanban4j.render.internal.Helpers;
import vn.vanban4j.render.internal.HtmlWriter;
import vn.vanban4j.render.internal.PdfStamp;
import vn.vanban4j.render.internal.RenderMessages;
import vn.vanban4j.render.internal.TemplateData;
import vn.vanban4j.render.internal.TemplateSources;
import vn.vanban4j.render.internal.Templates;

/**
 * Renders documents as DOCX from FreeMarker templates. Immutable and thread-safe: build one and
 * share it; templates are compiled once.
 *
 * <pre>{@code
 * Renderer renderer = Renderer.standard();
 * byte[] docx = renderer.docx(plan);
 * renderer.writeDocx(plan, Path.of("107-KH-ThU.docx"));
 * }</pre>
 */
public final class Renderer {
    private final Templates templates;
    private final Profile profile;
    private final boolean draft;
    private final Images folderImages;
    private final Images hostImages;
    private final RenderLimits limits;
    private final Map<String, Object> extras;
    private final Helpers helpers;
    private final vn.vanban4j.render.internal.PackageParts packageParts = new vn.vanban4j.render.internal.PackageParts();

    private Renderer(Templates templates, Profile profile, boolean draft, Images folderImages, Images hostImages,
            RenderLimits limits, Map<String, Object> extras, Helpers helpers) {
        this.templates = templates;
        this.profile = profile;
        this.draft = draft;
        this.folderImages = folderImages;
        this.hostImages = hostImages;
        this.limits = limits;
        this.extras = extras;
        this.helpers = helpers;
    }

    /** The default templates; each document takes the profile of its family and date. */
    public static Renderer standard() {
        return new Renderer(new Templates((Path) null), null, false, Images.NONE, Images.NONE, RenderLimits.DEFAULT, Map.of(),
                Helpers.of(Map.of()));
    }

    /**
     * A renderer whose templates in {@code folder} replace the defaults of the same name; includes stay
     * inside it. PNG and JPEG files in {@code folder/images} can be named by templates and documents.
     * The same as {@code Renderer.standard().withTemplates(TemplateSource.folder(folder))}.
     *
     * @throws RenderException when the folder or its images cannot be read
     */
    public static Renderer fromTemplates(Path folder) {
        return standard().withTemplates(TemplateSource.folder(folder));
    }

    /**
     * This renderer over the templates in {@code folder}, keeping its profile, limits, images, extras and
     * helpers: {@code withTemplates(TemplateSource.folder(folder))}.
     *
     * @throws RenderException when the folder or its images cannot be read
     */
    public Renderer withTemplates(Path folder) {
        return withTemplates(TemplateSource.folder(folder));
    }

    /**
     * This renderer, keeping its profile, draft mode, images, limits, extras and helpers, with
     * templates read from {@code source} (a folder, the classpath, the host's own store); they
     * replace the defaults of the same name, and the defaults serve the others. A folder source
     * also brings the PNG and JPEG files of its {@code images/} (the host's {@link #withImages} win
     * on a shared name).
     *
     * @throws RenderException when a folder source's images cannot be read
     */
    public Renderer withTemplates(TemplateSource source) {
        java.util.Objects.requireNonNull(source, "source");
        Path folder = TemplateSources.folderOf(source);
        return new Renderer(new Templates(source, limits), profile, draft, folder == null ? Images.NONE : Images.inFolder(folder),
                hostImages, limits, extras, helpers);
    }

    /** This renderer with a fixed profile instead of the one a document's family and date choose. */
    public Renderer withProfile(Profile fixed) {
        return new Renderer(templates, fixed, draft, folderImages, hostImages, limits, extras, helpers);
    }

    /** This renderer in draft mode: blank number and day/month, a "DỰ THẢO" mark. */
    public Renderer asDraft(boolean on) {
        return new Renderer(templates, profile, on, folderImages, hostImages, limits, extras, helpers);
    }

    /**
     * This renderer with images a document or template can name: a signature's {@code image}
     * ("chu-ky-pct.png"), a template's {@code <sign image=... seal=.../>}. They join the templates
     * folder's {@code images/} (the host's win on a shared name). PNG or JPEG, at most
     * {@link Images#MAX_BYTES} each.
     *
     * @throws RenderException naming the image that is not a PNG or JPEG, or too large
     */
    public Renderer withImages(java.util.Map<String, byte[]> named) {
        return new Renderer(templates, profile, draft, folderImages, hostImages.with(named), limits, extras, helpers);
    }

    /**
     * This renderer with other bounds on each template run (time, output size, nesting depth,
     * template size, memory, image pixels); {@link RenderLimits#DEFAULT} otherwise. Templates run
     * on a thread of their own, watched by the calling thread: interrupting that thread stops the
     * run with a {@link RenderException} and leaves its interrupt flag set.
     */
    public Renderer withLimits(RenderLimits bounds) {
        java.util.Objects.requireNonNull(bounds, "bounds");
        return new Renderer(templates.withLimits(bounds), profile, draft, folderImages, hostImages, bounds, extras, helpers);
    }

    /**
     * This renderer with the host's own data, read-only in templates as {@code extras} ("${extras.unit.members}"):
     * text, numbers, booleans, dates (as "YYYY-MM-DD"), lists and maps, copied once.
     *
     * @throws RenderException naming the path of a value of another kind
     */
    public Renderer withExtras(Map<String, ?> data) {
        return new Renderer(templates, profile, draft, folderImages, hostImages, limits, Extras.copy(data), helpers);
    }

    /**
     * This renderer with the host's helper functions, called in templates as {@code vn.name(...)}
     * beside the built-in ones (upper, plain, longDate, shortDate, number, docNumber), which they
     * cannot replace.
     */
    public Renderer withHelpers(Map<String, TemplateHelper> functions) {
        return new Renderer(templates, profile, draft, folderImages, hostImages, limits, extras, Helpers.of(functions));
    }

    private Images images() {
        return folderImages.plus(hostImages).upTo(limits.imagePixels());
    }

    /**
     * The profile a document is rendered with: the fixed one, or the one its family and date choose.
     *
     * @throws RenderException with code PROFILE when the fixed profile lays out another family (a Party
     *         document under a state profile would come out under the national title); a host that wants
     *         that gives a profile of its own with the document's {@code family}
     */
    public Profile profileFor(Document doc) {
        if (profile == null) {
            return Profile.forDocument(doc.family(), doc.issueDate());
        }
        if (profile.family() != doc.family()) {
            List<String> fitting = Profile.SHIPPED.stream().filter(id -> Profile.named(id).family() == doc.family()).toList();
            throw new RenderException(RenderException.Code.PROFILE, vn.vanban4j.model.Message.of(
                    vn.vanban4j.render.internal.RenderMessages.PROFILE_FAMILY, doc.number() == null ? doc.name() : doc.number(), doc.family(), profile.id(), profile.family(),
                    String.join(", ", fitting)));
        }
        return profile;
    }

    /** The document as DOCX bytes; the same document gives the same bytes. */
    public byte[] docx(Document doc) {
        String template = templateName(doc);
        BlockOutput xml = templates.run(template, data(doc), TemplateData.expectedOutput(doc), limits);
        Images images = images();
        return new DocxWriter(profileFor(doc), doc, draft, xml.length(), images, packageParts).write(blocks(xml, images, doc));
    }

    /** The document as a standalone HTML preview, in the profile's fonts; the same document gives the same text. */
    public String html(Document doc) {
        String template = templateName(doc);
        BlockOutput xml = templates.run(template, data(doc), TemplateData.expectedOutput(doc), limits);
        Images images = images();
        return new HtmlWriter(profileFor(doc), doc, draft, images).write(blocks(xml, images, doc));
    }

    // every format reads the blocks, and checks the images they name, the same way
    private static List<vn.vanban4j.render.internal.Blocks.Block> blocks(BlockOutput xml, Images images, Document doc) {
        List<String> signatureImages = doc.signatures().stream().map(vn.vanban4j.model.Signature::image)
                .filter(java.util.Objects::nonNull).toList();
        return BlockXml.parse(xml, images, signatureImages);
    }

    /**
     * The document as PDF bytes, converted from its DOCX by {@code converter}; the same document gives
     * the same bytes (LibreOffice's conversion time and random file id are replaced by the issue
     * date at 00:00 UTC+7 and an id derived from the content).
     *
     * @throws RenderException as {@link #docx} does, and of {@link RenderException.Code#PDF} when the
     *     conversion fails
     */
    public byte[] pdf(Document doc, PdfConverter converter) {
        return pdf(doc, converter, doc.name());
    }

    /** As {@link #pdf(Document, PdfConverter)}; {@code name} names the document in the converter's errors. */
    public byte[] pdf(Document doc, PdfConverter converter, String name) {
        return pdf(doc, converter, name, false);
    }

    /**
     * The document as PDF/A-2b (archives' form, Thông tư 02/2019/TT-BNV), reproducible as {@link #pdf(Document, PdfConverter)};
     * signing it later (an incremental update) keeps it PDF/A.
     */
    public byte[] pdfA(Document doc, PdfConverter converter) {
        return pdfA(doc, converter, doc.name());
    }

    /** As {@link #pdfA(Document, PdfConverter)}; {@code name} names the document in the converter's errors. */
    public byte[] pdfA(Document doc, PdfConverter converter, String name) {
        return pdf(doc, converter, name, true);
    }

    private byte[] pdf(Document doc, PdfConverter converter, String name, boolean pdfA) {
        byte[] docx = docx(doc);
        converter.noteFont(profileFor(doc).font());
        byte[] pdf;
        try {
            pdf = pdfA ? converter.pdfA(docx, name) : converter.pdf(docx, name);
        } catch (RenderException e) {
            if (e.code() != RenderException.Code.OTHER) {
                throw e;
            }
            RenderException failed = e.text() != null ? new RenderException(RenderException.Code.PDF, e.text(), e.getCause())
                    : new RenderException(RenderException.Code.PDF, e.getMessage(), e.getCause());
            failed.setStackTrace(e.getStackTrace());
            throw failed;
        }
        return PdfStamp.stamp(pdf, doc.issueDate());
    }

    /** Writes the DOCX; the file appears whole or not at all. */
    public void writeDocx(Document doc, Path target) throws IOException {
        byte[] bytes = docx(doc);
        AtomicFiles.write(target, bytes);
    }

    private Map<String, Object> data(Document doc) {
        return Map.of("doc", TemplateData.of(doc), "extras", extras, "vn", helpers);
    }

    /** The block XML a template writes for a document (for template authors' previews and tests). */
    public String blockXml(Document doc) {
        return templates.run(templateName(doc), data(doc), TemplateData.expectedOutput(doc), limits).text();
    }

    /**
     * The template of a document: one named after its kind ("report.ftlx" for a Báo cáo,
     * "resolution.ftlx" ...) when the host or the defaults have it, else the default for its kind:
     * "letter.ftlx" (Công văn), "decision.ftlx" (Quyết định, Nghị quyết), "invitation.ftlx" (Giấy
     * mời), "minutes.ftlx" (Biên bản), and "plan.ftlx" for every kind built of header, title, bases,
     * sections, closing and annexes.
     */
    private String templateName(Document doc) {
        String byKind = doc.kind().name().toLowerCase(java.util.Locale.ROOT) + ".ftlx";
        return templates.exists(byKind) ? byKind : defaultTemplate(doc.kind());
    }

    /** The shipped templates, which {@link #exportDefaults} writes out for editing. */
    public static final java.util.List<String> DEFAULT_TEMPLATES = java.util.List.of("plan.ftlx", "letter.ftlx", "decision.ftlx",
            "invitation.ftlx", "minutes.ftlx", "lib.ftlx");

    /**
     * Writes the shipped templates, profiles (profiles/*.json), the block schema (blocks.xsd) and a
     * README into {@code folder}, ready for {@code render --templates folder}; all or nothing.
     *
     * @param overwrite whether files already there may be replaced
     * @return the files written
     * @throws RenderException naming a file that exists when {@code overwrite} is false
     */
    public static java.util.List<Path> exportDefaults(Path folder, boolean overwrite) throws IOException {
        java.util.Map<Path, AtomicFiles.Writer> files = new java.util.LinkedHashMap<>();
        for (String name : DEFAULT_TEMPLATES) {
            files.put(folder.resolve(name), resource("templates/" + name));
        }
        for (String id : Profile.SHIPPED) {
            files.put(folder.resolve("profiles").resolve(id + ".json"), resource("profiles/" + id + ".json"));
        }
        files.put(folder.resolve("blocks.xsd"), resource("blocks.xsd"));
        files.put(folder.resolve("README.md"), resource("templates-README.md"));
        if (!overwrite) {
            for (Path file : files.keySet()) {
                if (java.nio.file.Files.exists(file)) {
                    throw new RenderException(RenderException.Code.OTHER, Message.of(RenderMessages.EXPORT_EXISTS, file));
                }
            }
        }
        AtomicFiles.writeAll(files);
        return java.util.List.copyOf(files.keySet());
    }

    private static AtomicFiles.Writer resource(String name) {
        return out -> {
            try (java.io.InputStream in = Renderer.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException(name + " is missing from the jar");
                }
                in.transferTo(out);
            }
        };
    }

    /** The shipped template a kind uses when no template is named after it. */
    public static String defaultTemplate(DocumentKind kind) {
        return switch (kind) {
            case OFFICIAL_LETTER -> "letter.ftlx";
            case DECISION, RESOLUTION -> "decision.ftlx";
            case INVITATION -> "invitation.ftlx";
            case MINUTES -> "minutes.ftlx";
            default -> "plan.ftlx";
        };
    }
}
