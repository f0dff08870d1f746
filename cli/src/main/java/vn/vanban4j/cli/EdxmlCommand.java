package vn.vanban4j.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.vanban4j.exchange.Attachment;
import vn.vanban4j.exchange.Dispatch;
import vn.vanban4j.exchange.DocumentPackage;
import vn.vanban4j.exchange.EdXml;
import vn.vanban4j.exchange.ExchangeException;
import vn.vanban4j.exchange.ExchangeMessage;
import vn.vanban4j.exchange.Organ;
import vn.vanban4j.exchange.Organs;
import vn.vanban4j.exchange.ReceivedAttachment;
import vn.vanban4j.exchange.Staff;
import vn.vanban4j.exchange.StatusCode;
import vn.vanban4j.exchange.StatusMessage;
import vn.vanban4j.exchange.Urgency;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.OrgChart;
import vn.vanban4j.model.OrgCharts;
import vn.vanban4j.model.Plans;
import vn.vanban4j.render.PdfConverter;
import vn.vanban4j.render.RenderException;
import vn.vanban4j.render.Renderer;

/**
 * edxml pack | read | status: documents sent and received as edXML packages (QCVN 102:2016), and
 * the status messages answering them.
 */
final class EdxmlCommand {
    static final String USAGE = "edxml pack PLAN.json [--attach FILE]... [--from-id ID] [--to-id ID]... [--org ORG.json]"
            + " [--urgency khan|thuong-khan|hoa-toc] [--due DATE] [--staff NAME] [--at TIME] -o OUT.edxml"
            + " | edxml read PACKAGE.edxml [-o PLAN.json] [--attachments DIR]"
            + " | edxml status --code NN --from-id ID --for PACKAGE.edxml [--staff NAME] [--org ORG.json] [--at TIME] -o STATUS.edxml";

    private EdxmlCommand() {
    }

    static int run(List<String> raw, PrintStream out, PrintStream err) throws IOException {
        if (raw.isEmpty()) {
            throw new UsageException("pack, read or status");
        }
        List<String> rest = raw.subList(1, raw.size());
        try {
            return switch (raw.get(0)) {
                case "pack" -> pack(rest, out);
                case "read" -> read(rest, out, err);
                case "status" -> status(rest, out);
                default -> throw new UsageException("pack, read or status, not " + raw.get(0));
            };
        } catch (ExchangeException | RenderException e) {
            err.println("vanban4j edxml: " + e.getMessage());
            return Main.INVALID;
        }
    }

    private static int pack(List<String> raw, PrintStream out) throws IOException {
        Args args = Args.parse(raw, Set.of(), Set.of("--attach", "--from-id", "--to-id", "--org", "--urgency", "--due",
                "--staff", "--at", "-o"));
        Path planFile = Path.of(args.positional(1, "one plan file").get(0));
        String target = required(args, "-o", "-o OUT.edxml is required");
        List<Path> inputs = new ArrayList<>(List.of(planFile));
        args.options("--attach").forEach(a -> inputs.add(Path.of(a)));
        OrgChart chart = chart(args, inputs);
        InputFiles.checkNotInput(target, inputs);
        Document document = InputFiles.plan(planFile);
        Organ from = args.option("--from-id") != null
                ? byId(chart, args.option("--from-id"), document.header().issuerName())
                : chartOnly(chart).flatMap(c -> Organs.sender(c, document)).orElseThrow(() -> new UsageException(
                        "--from-id ID is required: no unit of the --org chart is named as the issuer and carries an organId"));
        List<Organ> to = new ArrayList<>();
        for (String id : args.options("--to-id")) {
            to.add(byId(chart, id, id));
        }
        if (to.isEmpty() && chart != null) {
            to.addAll(Organs.receivers(chart, document));
        }
        if (to.isEmpty()) {
            throw new UsageException("--to-id ID is required: no unit of the --org chart named in Nơi nhận carries an organId");
        }
        Dispatch dispatch = Dispatch.of(from, to, at(args)).withUrgency(urgency(args.option("--urgency")))
                .withDueDate(date(args.option("--due")))
                .withStaff(args.option("--staff") == null ? null : Staff.named(args.option("--staff")));
        List<Attachment> attachments = new ArrayList<>();
        for (String file : args.options("--attach")) {
            Path path = Path.of(file);
            InputFiles.checkRegular(path);
            attachments.add(Attachment.of(path));
        }
        if (attachments.isEmpty()) {
            attachments.add(rendered(document, out));
        }
        EdXml.standard().pack(document, dispatch, attachments, Path.of(target));
        out.println("wrote " + target + ": " + document.number().toString().strip() + " from " + from.organId() + " to "
                + String.join(", ", to.stream().map(Organ::organId).toList()));
        return Main.OK;
    }

    // without --attach: the document rendered as PDF when LibreOffice is there, else as DOCX, and the output says which
    private static Attachment rendered(Document document, PrintStream out) {
        String base = document.number().toString().strip().replace('/', '-');
        Renderer renderer = Renderer.standard();
        try (PdfConverter pdf = PdfConverter.standard()) {
            if (pdf.officeAvailable()) {
                out.println("attached the document rendered as PDF (" + base + ".pdf)");
                return Attachment.of(base + ".pdf", renderer.pdf(document, pdf, base + ".docx"));
            }
        }
        out.println("attached the document rendered as DOCX (" + base + ".docx): LibreOffice, which makes the PDF, was not found");
        return Attachment.of(base + ".docx", renderer.docx(document));
    }

    private static int read(List<String> raw, PrintStream out, PrintStream err) throws IOException {
        Args args = Args.parse(raw, Set.of(), Set.of("-o", "--attachments"));
        Path file = Path.of(args.positional(1, "one .edxml file").get(0));
        InputFiles.checkRegular(file);
        String target = args.option("-o");
        InputFiles.checkNotInput(target, List.of(file));
        Path folder = args.option("--attachments") == null ? null : Path.of(args.option("--attachments"));
        if (folder != null && target == null) {
            throw new UsageException("-o PLAN.json is required with --attachments (a package's attachments go with its plan)");
        }
        ExchangeMessage message = EdXml.standard().read(file, folder);
        if (message instanceof StatusMessage status) {
            out.println("status " + status.code().code() + " (" + status.code().name().toLowerCase(Locale.ROOT) + "): "
                    + status.description());
            out.println("from " + status.from().organId() + " " + status.from().organName() + " at " + status.timestamp());
            out.println("answers " + status.responseFor().documentId());
            status.code().state().ifPresent(s -> out.println("state " + s.name().toLowerCase(Locale.ROOT)));
            return Main.OK;
        }
        DocumentPackage received = (DocumentPackage) message;
        if (target == null) {
            throw new UsageException("-o PLAN.json is required for a document package");
        }
        PrintStream report = Output.toStdout(target) ? err : out;
        Output.write(target, Plans.toJson(received.document()).getBytes(StandardCharsets.UTF_8), report, false);
        var envelope = received.envelope();
        report.println(envelope.business().reason() + " " + envelope.code() + " from " + envelope.from().organId() + " "
                + envelope.from().organName() + (envelope.urgency() == Urgency.NORMAL ? "" : ", " + envelope.urgency().mark()));
        for (ReceivedAttachment attachment : received.attachments()) {
            report.println("attachment " + attachment.name() + " (" + attachment.contentType() + ", " + attachment.size()
                    + " bytes)" + (attachment.file() == null ? "" : " -> " + attachment.file()));
        }
        report.println(received.bodySource() == null ? "body: none read (header fields from the envelope only)"
                : "body read from " + received.bodySource());
        received.notes().forEach(report::println);
        return Main.OK;
    }

    private static int status(List<String> raw, PrintStream out) throws IOException {
        Args args = Args.parse(raw, Set.of(), Set.of("--code", "--from-id", "--for", "--staff", "--org", "--at", "-o"));
        args.positional(0, "no positional argument");
        String codeText = required(args, "--code", "--code NN is required");
        StatusCode code = StatusCode.of(codeText).orElseThrow(() -> new UsageException("--code " + codeText
                + " is none of " + String.join(", ", java.util.Arrays.stream(StatusCode.values()).map(StatusCode::code).toList())));
        String fromId = required(args, "--from-id", "--from-id ID is required");
        Path answered = Path.of(required(args, "--for", "--for PACKAGE.edxml is required"));
        String target = required(args, "-o", "-o STATUS.edxml is required");
        List<Path> inputs = new ArrayList<>(List.of(answered));
        OrgChart chart = chart(args, inputs);
        InputFiles.checkNotInput(target, inputs);
        InputFiles.checkRegular(answered);
        EdXml edxml = EdXml.standard();
        if (!(edxml.read(answered, null) instanceof DocumentPackage received)) {
            throw new UsageException(answered + " is a status message; --for names the package answered");
        }
        String name = received.envelope().to().stream().filter(o -> o.organId().equals(fromId)).map(Organ::organName)
                .findFirst().orElse(fromId);
        StatusMessage status = edxml.status(received.envelope(), byId(chart, fromId, name), code,
                args.option("--staff") == null ? null : Staff.named(args.option("--staff")), at(args));
        edxml.write(status, Path.of(target));
        out.println("wrote " + target + ": status " + code.code() + " (" + code.description() + ") for "
                + received.envelope().documentId());
        return Main.OK;
    }

    private static String required(Args args, String option, String message) {
        String value = args.option(option);
        if (value == null) {
            throw new UsageException(message);
        }
        return value;
    }

    private static OrgChart chart(Args args, List<Path> inputs) throws IOException {
        if (args.option("--org") == null) {
            return null;
        }
        Path file = Path.of(args.option("--org"));
        inputs.add(file);
        return OrgCharts.read(InputFiles.text(file), file.getFileName().toString());
    }

    private static java.util.Optional<OrgChart> chartOnly(OrgChart chart) {
        return java.util.Optional.ofNullable(chart);
    }

    // the chart's unit with that organId; else the identifier with the name the caller knows
    private static Organ byId(OrgChart chart, String id, String name) {
        return chartOnly(chart).flatMap(c -> Organs.byId(c, id)).orElseGet(() -> Organ.of(id, name));
    }

    private static Instant at(Args args) {
        String value = args.option("--at");
        if (value == null) {
            return Instant.now();
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new UsageException("--at " + value + " is not a time like 2026-03-02T10:15:30+07:00");
        }
    }

    private static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException("--due " + value + " is not a date like 2026-03-31");
        }
    }

    private static Urgency urgency(String value) {
        if (value == null) {
            return Urgency.NORMAL;
        }
        return switch (value) {
            case "khan" -> Urgency.URGENT;
            case "thuong-khan" -> Urgency.VERY_URGENT;
            case "hoa-toc" -> Urgency.FLASH;
            default -> throw new UsageException("--urgency is one of khan, thuong-khan, hoa-toc");
        };
    }
}
