package vn.vanban4j.cli;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import vn.vanban4j.Vanban4j;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.Message;
import vn.vanban4j.model.PlanFormatException;
import vn.vanban4j.model.Plans;
import vn.vanban4j.render.PdfConverter;
import vn.vanban4j.render.RenderException;
import vn.vanban4j.render.Renderer;

/**
 * The template author's live preview: a page on 127.0.0.1 showing the HTML preview beside the
 * PDF's pages, reloaded by server-sent events as soon as a template, the profile or the data is
 * saved, and showing a mistake on the page with the template line marked. Serves only its own
 * fixed paths, only to requests whose Host is 127.0.0.1:PORT or localhost:PORT and that come from
 * no other site (Origin); keeps the last good preview of each pane while there is an error, and its
 * status line says what each pane shows (updated at, being made, or the last good one and why).
 */
final class PreviewServer implements AutoCloseable {
    private static final String LOADING = "%LOADING%";
    private static final Pattern WHERE = Pattern.compile("^([^\\s:]+\\.ftlx):(\\d+):(\\d+): (.*)$", Pattern.DOTALL);

    private final RenderCommand.RendererSource renderers;
    private final Path data;
    private final Path templates;
    private final List<Path> watched;
    private final PdfConverter pdf;
    private final HttpServer server;
    private final List<HttpExchange> listeners = new CopyOnWriteArrayList<>();
    private final Thread watcher;
    private final Clock clock;
    private final Locale locale;
    private volatile State state = new State(0, "<p>…</p>", null, false, List.of(), null, Pdf.WAITING, null);

    /** What the PDF pane shows. */
    private enum Pdf {
        /** The pages being made from the HTML pane's render (the last good ones, if any, meanwhile). */
        WAITING,
        /** The pages of the HTML pane's render. */
        UPDATED,
        /** The last good pages: the render after them failed. */
        FAILED,
        /** None: LibreOffice is not installed. */
        NO_OFFICE
    }

    /**
     * What the page shows: the version; the last good HTML, when it was made and whether the render
     * after it failed; the last good PDF pages, when they were made and what they are; the current
     * mistake, if any.
     */
    private record State(int version, String html, String htmlAt, boolean htmlFailed, List<byte[]> pages, String pagesAt, Pdf pdf,
            Map<String, Object> error) {
        /** The same panes after a render that failed before any pane was made again. */
        State failed(Map<String, Object> mistake) {
            return new State(version + 1, html, htmlAt, true, pages, pagesAt, pdf == Pdf.NO_OFFICE ? pdf : Pdf.FAILED, mistake);
        }

        /**
         * The status line in {@code locale}'s language: what each pane shows, e.g. "HTML: updated at 10:02:03; PDF: last good
         * one, of 10:01:40 - error: ...", "HTML: cập nhật lúc 10:02:03; PDF: bản tốt gần nhất lúc 10:01:40 - lỗi: ...".
         */
        String status(Locale locale) {
            if (htmlAt == null && !htmlFailed) {
                return text(locale, PreviewMessages.LOADING);
            }
            String htmlPane = !htmlFailed ? text(locale, PreviewMessages.HTML_UPDATED, htmlAt)
                    : failing(locale, htmlAt == null ? text(locale, PreviewMessages.HTML_NONE) : text(locale, PreviewMessages.HTML_LAST_GOOD, htmlAt));
            String pdfPane = switch (pdf) {
                case WAITING -> pagesAt == null ? text(locale, PreviewMessages.PDF_MAKING) : text(locale, PreviewMessages.PDF_MAKING_SHOWING, pagesAt);
                case UPDATED -> text(locale, PreviewMessages.PDF_UPDATED, pagesAt);
                case FAILED -> {
                    String pane = pagesAt == null ? text(locale, PreviewMessages.PDF_NONE) : text(locale, PreviewMessages.PDF_LAST_GOOD, pagesAt);
                    yield htmlFailed ? pane : failing(locale, pane);
                }
                case NO_OFFICE -> text(locale, PreviewMessages.PDF_NO_OFFICE);
            };
            return text(locale, PreviewMessages.STATUS, htmlPane, pdfPane);
        }

        // a pane's words and, when there is a mistake, its first line
        private String failing(Locale locale, String pane) {
            return error == null ? pane : text(locale, PreviewMessages.ERROR, pane, shortly(String.valueOf(error.get("message"))));
        }

        private static String text(Locale locale, PreviewMessages key, Object... arguments) {
            return Message.of(key, arguments).text(locale);
        }

        private static String shortly(String message) {
            String first = message.lines().findFirst().orElse("");
            return first.length() <= 160 ? first : first.substring(0, 159) + "…";
        }
    }

    /**
     * @param watched the files and folders whose changes re-render (the data, templates, profile, extras)
     * @param templates the templates folder, for showing the lines of a mistake; null for none
     * @param clock the time each pane is said to be updated at
     * @param locale the language of the status line and of the mistakes shown (Vietnamese or English)
     */
    PreviewServer(RenderCommand.RendererSource renderers, Path data, Path templates, List<Path> watched, PdfConverter pdf,
            int port, Clock clock, Locale locale) throws IOException {
        this.clock = clock;
        this.locale = locale;
        this.renderers = renderers;
        this.data = data;
        this.templates = templates;
        this.watched = List.copyOf(watched);
        this.pdf = pdf;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "vanban4j-preview-http");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", local(this::page));
        server.createContext("/preview.html", local(ex -> send(ex, 200, "text/html; charset=utf-8",
                state.html().getBytes(StandardCharsets.UTF_8))));
        server.createContext("/state", local(this::stateJson));
        server.createContext("/page/", local(this::pageImage));
        server.createContext("/events", local(this::events));
        this.watcher = new Thread(this::watch, "vanban4j-preview-watch");
        watcher.setDaemon(true);
    }

    /**
     * The handler, for requests addressed to this server by its loopback name only: a web page
     * elsewhere that rebinds its own host name to 127.0.0.1 (DNS rebinding) sends its own name as
     * Host, and a page of another site that calls the preview sends its Origin; both get 403.
     */
    private HttpHandler local(HttpHandler handler) {
        return ex -> {
            String refusal = refusal(ex.getRequestHeaders());
            if (refusal != null) {
                ex.getRequestBody().close();
                send(ex, 403, "text/plain; charset=utf-8", refusal.getBytes(StandardCharsets.UTF_8));
                return;
            }
            handler.handle(ex);
        };
    }

    private String refusal(Headers headers) {
        int port = server.getAddress().getPort();
        List<String> hosts = headers.getOrDefault("Host", List.of());
        String host = hosts.size() == 1 ? hosts.get(0).toLowerCase(Locale.ROOT) : "";
        if (!host.equals("127.0.0.1:" + port) && !host.equals("localhost:" + port)) {
            return "forbidden: the preview answers only at http://127.0.0.1:" + port + "/ or http://localhost:" + port + "/";
        }
        String origin = headers.getFirst("Origin");
        if (origin != null && !origin.toLowerCase(Locale.ROOT).equals("http://" + host)) {
            return "forbidden: a request from another site (Origin " + origin + ")";
        }
        return null;
    }

    /** Renders once, then serves and watches; returns at once. */
    void start() {
        render();
        server.start();
        watcher.start();
    }

    /** The address the page is served at. */
    InetSocketAddress address() {
        return server.getAddress();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    @Override
    public void close() {
        watcher.interrupt();
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    private void watch() {
        FileTime last = null;
        while (!Thread.currentThread().isInterrupted()) {
            try {
                FileTime now = RenderCommand.newest(watched);
                if (last != null && !now.equals(last)) {
                    render();
                }
                last = now;
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException | RuntimeException e) {
                publish(state.failed(error(Vanban4j.describe(e, locale))));
            }
        }
    }

    // the HTML at once, then the PDF pages when LibreOffice has them; a pane that fails keeps its last good preview
    private void render() {
        Renderer renderer;
        Document doc;
        String html;
        try {
            renderer = renderers.get();
            doc = Plans.read(data);
            html = renderer.html(doc);
        } catch (RenderException | PlanFormatException | IOException e) {
            publish(state.failed(error(Vanban4j.describe(e, locale))));
            return;
        }
        State shown = state;
        publish(new State(shown.version() + 1, html, now(), false, shown.pages(), shown.pagesAt(), pdf == null ? Pdf.NO_OFFICE : Pdf.WAITING,
                null));
        if (pdf == null) {
            return;
        }
        try {
            List<byte[]> pages = pages(pdf.pdf(renderer.docx(doc), data.getFileName().toString()));
            publish(new State(state.version() + 1, html, state.htmlAt(), false, pages, now(), Pdf.UPDATED, null));
        } catch (IOException | RuntimeException e) {
            String message = Vanban4j.describe(e, locale);
            // without LibreOffice the page shows the HTML alone; any other failure keeps the last good pages
            publish(e instanceof PdfConverter.OfficeUnavailableException && String.valueOf(e.getMessage()).startsWith("LibreOffice is not installed")
                    ? new State(state.version() + 1, html, state.htmlAt(), false, List.of(), null, Pdf.NO_OFFICE, null)
                    : new State(state.version() + 1, html, state.htmlAt(), false, state.pages(), state.pagesAt(), Pdf.FAILED,
                            error(message)));
        }
    }

    private String now() {
        return LocalTime.now(clock).truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_LOCAL_TIME);
    }

    private static List<byte[]> pages(byte[] pdfBytes) throws IOException {
        List<byte[]> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdfBytes)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < document.getNumberOfPages() && i < 50; i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 60);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ImageIO.write(image, "png", out);
                pages.add(out.toByteArray());
            }
        }
        return pages;
    }

    // a mistake as the page shows it: the message, and the template lines around the one named
    private Map<String, Object> error(String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        String first = message.lines().findFirst().orElse("");
        error.put("message", message);
        Matcher m = WHERE.matcher(first);
        if (m.matches() && templates != null) {
            String file = m.group(1);
            int line = Integer.parseInt(m.group(2));
            error.put("file", file);
            error.put("line", line);
            error.put("column", Integer.parseInt(m.group(3)));
            Path source = templates.resolve(file).normalize();
            if (source.startsWith(templates.normalize()) && Files.isRegularFile(source)) {
                try {
                    List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
                    List<Map<String, Object>> excerpt = new ArrayList<>();
                    for (int n = Math.max(1, line - 3); n <= Math.min(lines.size(), line + 3); n++) {
                        excerpt.add(Map.of("n", n, "text", lines.get(n - 1), "bad", n == line));
                    }
                    error.put("excerpt", excerpt);
                } catch (IOException e) {
                    // the message alone
                }
            }
        }
        return error;
    }

    private synchronized void publish(State next) {
        state = next;
        byte[] event = ("data: " + next.version() + "\n\n").getBytes(StandardCharsets.UTF_8);
        for (HttpExchange listener : listeners) {
            try {
                listener.getResponseBody().write(event);
                listener.getResponseBody().flush();
            } catch (IOException e) {
                listeners.remove(listener);
                listener.close();
            }
        }
    }

    private void events(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().add("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().add("Cache-Control", "no-store");
        ex.sendResponseHeaders(200, 0);
        // under publish's lock: a state published while this listener joins is either sent here or to it as a listener
        synchronized (this) {
            ex.getResponseBody().write(("data: " + state.version() + "\n\n").getBytes(StandardCharsets.UTF_8));
            ex.getResponseBody().flush();
            listeners.add(ex);
        }
    }

    private void stateJson(HttpExchange ex) throws IOException {
        State s = state;
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", s.version());
        json.put("pages", s.pages().size());
        json.put("status", s.status(locale));
        json.put("error", s.error());
        send(ex, 200, "application/json; charset=utf-8", Output.json(json).getBytes(StandardCharsets.UTF_8));
    }

    private void pageImage(HttpExchange ex) throws IOException {
        String name = ex.getRequestURI().getPath().substring("/page/".length());
        List<byte[]> pages = state.pages();
        if (name.matches("\\d{1,3}\\.png")) {
            int n = Integer.parseInt(name.substring(0, name.length() - 4));
            if (n >= 1 && n <= pages.size()) {
                send(ex, 200, "image/png", pages.get(n - 1));
                return;
            }
        }
        send(ex, 404, "text/plain; charset=utf-8", "no such page".getBytes(StandardCharsets.UTF_8));
    }

    private void page(HttpExchange ex) throws IOException {
        if (!ex.getRequestURI().getPath().equals("/")) {
            send(ex, 404, "text/plain; charset=utf-8", "not found".getBytes(StandardCharsets.UTF_8));
            return;
        }
        send(ex, 200, "text/html; charset=utf-8", PAGE.replace(LOADING, Message.of(PreviewMessages.LOADING).text(locale))
                .getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.getResponseHeaders().add("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="utf-8"><title>vanban4j preview</title>
            <style>
            body{margin:0;font-family:sans-serif;background:#eee}
            header{padding:6px 12px;background:#234;color:#fff;font-size:14px}
            #error{margin:8px 12px;padding:8px 12px;background:#fff0f0;border:2px solid #c00;display:none}
            #error h2{font-size:15px;margin:0 0 6px;color:#900;white-space:pre-wrap}
            #error pre{margin:0;font-size:13px;background:#fff;padding:4px}
            #error .bad{background:#fcc;font-weight:bold}
            #panes{display:flex;gap:12px;padding:12px;align-items:flex-start}
            #html{flex:1;height:85vh;border:1px solid #999;background:#fff}
            #pages{flex:1;height:85vh;overflow:auto}
            #pages img{display:block;margin:0 auto 12px;box-shadow:0 0 4px #888;max-width:100%}
            </style></head>
            <body>
            <header>vanban4j preview · <span id="status">%LOADING%</span></header>
            <div id="error"><h2 id="error-message"></h2><pre id="error-source"></pre></div>
            <div id="panes"><iframe id="html" title="HTML"></iframe><div id="pages"></div></div>
            <script>
            let shown = -1, busy = false, again = false;
            function esc(t){return t.replace(/&/g,'&amp;').replace(/</g,'&lt;').replace(/>/g,'&gt;');}
            // one state fetch at a time, the newest version last: an answer that overtakes another never shows an older state
            async function refresh(){
              if (busy) { again = true; return; }
              busy = true;
              try {
                do { again = false; await show(); } while (again);
              } catch (e) {
                setTimeout(refresh, 1000);
              } finally {
                busy = false;
              }
            }
            async function show(){
              const s = await (await fetch('/state', {cache:'no-store'})).json();
              if (s.version <= shown) return;
              shown = s.version;
              const box = document.getElementById('error');
              if (s.error) {
                document.getElementById('error-message').textContent = s.error.message;
                const lines = (s.error.excerpt || []).map(l =>
                  '<span class="' + (l.bad ? 'bad' : '') + '">' + String(l.n).padStart(4) + '  ' + esc(l.text) + '</span>');
                document.getElementById('error-source').innerHTML = lines.join('\\n');
                document.getElementById('error-source').style.display = lines.length ? 'block' : 'none';
                box.style.display = 'block';
              } else {
                box.style.display = 'none';
              }
              document.getElementById('status').textContent = s.status;
              document.getElementById('html').src = '/preview.html?v=' + s.version;
              let imgs = '';
              for (let i = 1; i <= s.pages; i++) imgs += '<img alt="trang ' + i + '" src="/page/' + i + '.png?v=' + s.version + '">';
              document.getElementById('pages').innerHTML = imgs;
            }
            new EventSource('/events').onmessage = refresh;
            refresh();
            </script>
            </body></html>
            """;
}
