package vn.vanban4j.exchange.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import vn.vanban4j.exchange.Attachment;
import vn.vanban4j.exchange.Envelope;
import vn.vanban4j.exchange.Organ;
import vn.vanban4j.exchange.ResponseFor;
import vn.vanban4j.exchange.Staff;
import vn.vanban4j.exchange.StatusMessage;

/**
 * Writes packages and status messages with the JDK's StAX writer, element by element in the
 * samples' order: the root in the default namespace, the envelope's elements with the {@code edXML}
 * prefix, the attachments outside the envelope. Attachments are read in blocks and written as
 * base64 as they are read.
 */
public final class PackageWriter {
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();
    /** Bytes read at a time from an attachment: a multiple of 3, so the base64 of the blocks joins up. */
    private static final int BLOCK = 3 * 16 * 1024;

    private final XMLStreamWriter xml;
    private int depth;

    private PackageWriter(OutputStream out) throws XMLStreamException {
        // a Writer, not a stream and an encoding: given an encoding, the JDK's writer asks the encoder
        // about every character (a microsecond each, seconds for a few megabytes of base64)
        this.xml = OUTPUT.createXMLStreamWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                1 << 16));
    }

    /** Writes a package: the envelope, then each attachment streamed as base64. */
    public static void writePackage(Envelope envelope, List<Attachment> attachments, OutputStream out)
            throws IOException {
        try {
            PackageWriter writer = new PackageWriter(out);
            writer.open();
            writer.header();
            writer.messageHeader(envelope);
            writer.traceHeaders(envelope);
            writer.end(); // edXMLHeader
            writer.manifest(attachments);
            writer.end(); // edXMLEnvelope
            writer.attachments(attachments);
            writer.close();
        } catch (XMLStreamException e) {
            throw unwrap(e);
        }
    }

    /** Writes a status message. */
    public static void writeStatus(StatusMessage status, OutputStream out) throws IOException {
        try {
            PackageWriter writer = new PackageWriter(out);
            writer.open();
            writer.header();
            writer.start("MessageHeader");
            writer.organ("From", status.from());
            writer.responseFor(status.responseFor(), true);
            writer.staff(status.staff());
            writer.text("StatusCode", status.code().code());
            writer.text("Description", status.description());
            writer.text("Timestamp", EdXmlNames.time(status.timestamp()));
            writer.end();
            writer.end(); // edXMLHeader
            writer.end(); // edXMLEnvelope
            writer.close();
        } catch (XMLStreamException e) {
            throw unwrap(e);
        }
    }

    private static IOException unwrap(XMLStreamException e) {
        return e.getNestedException() instanceof IOException io ? io : new IOException(e.getMessage(), e);
    }

    private void open() throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        newline();
        xml.writeStartElement("", "edXML", EdXmlNames.NS);
        xml.writeDefaultNamespace(EdXmlNames.NS);
        depth++;
        indent();
        xml.writeStartElement(EdXmlNames.PREFIX, "edXMLEnvelope", EdXmlNames.NS);
        xml.writeNamespace(EdXmlNames.PREFIX, EdXmlNames.NS);
        depth++;
    }

    private void header() throws XMLStreamException {
        start("edXMLHeader");
    }

    private void close() throws XMLStreamException {
        depth--;
        newline();
        xml.writeEndElement(); // edXML
        newline();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private void messageHeader(Envelope e) throws XMLStreamException {
        start("MessageHeader");
        organ("From", e.from());
        for (Organ to : e.to()) {
            organ("To", to);
        }
        text("DocumentId", e.documentId());
        start("Code");
        text("CodeNumber", e.codeNumber());
        text("CodeNotation", e.codeNotation());
        end();
        start("PromulgationInfo");
        text("Place", e.place());
        text("PromulgationDate", EdXmlNames.date(e.promulgationDate()));
        end();
        start("DocumentType");
        text("Type", Integer.toString(e.type()));
        text("TypeName", e.typeName());
        end();
        text("Subject", e.subject());
        text("Content", e.content());
        if (e.signer() != null) {
            start("SignerInfo");
            text("Competence", e.signer().competence());
            text("Position", e.signer().position());
            text("FullName", e.signer().fullName());
            end();
        }
        if (e.dueDate() != null) {
            text("DueDate", EdXmlNames.date(e.dueDate()));
        }
        start("OtherInfo");
        text("Priority", Integer.toString(e.urgency().priority()));
        if (!e.appendixes().isEmpty()) {
            start("Appendixes");
            for (String appendix : e.appendixes()) {
                text("Appendix", appendix);
            }
            end();
        }
        end();
        if (e.responseFor() != null) {
            responseFor(e.responseFor(), false);
        }
        start("ToPlaces");
        for (String place : e.toPlaces()) {
            text("Place", place);
        }
        end();
        end();
    }

    private void traceHeaders(Envelope e) throws XMLStreamException {
        start("TraceHeaderList");
        start("TraceHeader");
        text("OrganId", e.traceOrganId());
        text("Timestamp", EdXmlNames.time(e.timestamp()));
        end();
        start("Bussiness");
        text("DocumentId", e.documentId());
        text("BussinessDocType", Integer.toString(e.business().code()));
        text("BussinessDocReason", e.business().reason());
        text("Paper", "0");
        staff(e.staff());
        if (!e.replacements().isEmpty()) {
            start("ReplacementInfoList");
            for (Envelope.Replacement replacement : e.replacements()) {
                start("ReplacementInfo");
                text("DocumentId", replacement.documentId());
                start("OrganIdList");
                for (String organId : replacement.organIds()) {
                    text("OrganId", organId);
                }
                end();
                end();
            }
            end();
        }
        end();
        end();
    }

    private void manifest(List<Attachment> attachments) throws XMLStreamException {
        start("edXMLBody");
        indent();
        xml.writeStartElement(EdXmlNames.PREFIX, "edXMLManifest", EdXmlNames.NS);
        xml.writeAttribute("version", "1.0");
        depth++;
        for (int i = 0; i < attachments.size(); i++) {
            Attachment attachment = attachments.get(i);
            start("Reference");
            text("ContentId", contentId(i));
            text("ContentType", attachment.contentType());
            text("Description", attachment.description());
            text("AttachmentName", attachment.name());
            end();
        }
        end();
        end();
    }

    private void attachments(List<Attachment> attachments) throws XMLStreamException, IOException {
        if (attachments.isEmpty()) {
            return;
        }
        startDefault("AttachmentEncoded");
        for (int i = 0; i < attachments.size(); i++) {
            Attachment attachment = attachments.get(i);
            startDefault("Attachment");
            textDefault("ContentId", contentId(i));
            textDefault("AttachmentName", attachment.name());
            textDefault("Description", attachment.description());
            textDefault("ContentType", attachment.contentType());
            indent();
            xml.writeStartElement(EdXmlNames.PREFIX, "ContentTransferEncoded", EdXmlNames.NS);
            xml.writeNamespace(EdXmlNames.PREFIX, EdXmlNames.NS); // as the samples: the prefix is out of scope here
            try (InputStream in = attachment.content().open()) {
                base64(in);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            xml.writeEndElement();
            end();
        }
        end();
    }

    private void base64(InputStream in) throws IOException, XMLStreamException {
        Base64.Encoder encoder = Base64.getEncoder();
        byte[] block = new byte[BLOCK];
        while (true) {
            int filled = in.readNBytes(block, 0, BLOCK);
            if (filled == 0) {
                return;
            }
            byte[] encoded = encoder.encode(filled == BLOCK ? block : java.util.Arrays.copyOf(block, filled));
            xml.writeCharacters(new String(encoded, StandardCharsets.ISO_8859_1));
            if (filled < BLOCK) {
                return;
            }
        }
    }

    private static String contentId(int index) {
        return "cid:" + (index + 1);
    }

    private void organ(String name, Organ organ) throws XMLStreamException {
        start(name);
        text("OrganId", organ.organId());
        text("OrganizationInCharge", organ.organizationInCharge());
        text("OrganName", organ.organName());
        optional("OrganAdd", organ.address());
        optional("Email", organ.email());
        optional("Telephone", organ.telephone());
        optional("Fax", organ.fax());
        optional("Website", organ.website());
        end();
    }

    /**
     * The package referred to. The samples order it two ways: a status message puts the date before
     * the DocumentId (status_*.edxml), a revocation after it (edoc_revocation.edxml).
     */
    private void responseFor(ResponseFor answered, boolean dateFirst) throws XMLStreamException {
        start("ResponseFor");
        optional("OrganId", answered.organId());
        optional("Code", answered.code());
        if (dateFirst) {
            promulgationDate(answered);
        }
        text("DocumentId", answered.documentId());
        if (!dateFirst) {
            promulgationDate(answered);
        }
        end();
    }

    private void promulgationDate(ResponseFor answered) throws XMLStreamException {
        if (answered.promulgationDate() != null) {
            text("PromulgationDate", EdXmlNames.date(answered.promulgationDate()));
        }
    }

    private void staff(Staff staff) throws XMLStreamException {
        if (staff == null) {
            return;
        }
        start("StaffInfo");
        optional("Department", staff.department());
        text("Staff", staff.name());
        optional("Email", staff.email());
        optional("Mobile", staff.mobile());
        end();
    }

    private void start(String name) throws XMLStreamException {
        indent();
        xml.writeStartElement(EdXmlNames.PREFIX, name, EdXmlNames.NS);
        depth++;
    }

    private void startDefault(String name) throws XMLStreamException {
        indent();
        xml.writeStartElement("", name, EdXmlNames.NS);
        depth++;
    }

    private void end() throws XMLStreamException {
        depth--;
        indent();
        xml.writeEndElement();
    }

    private void text(String name, String value) throws XMLStreamException {
        indent();
        xml.writeStartElement(EdXmlNames.PREFIX, name, EdXmlNames.NS);
        xml.writeCharacters(value == null ? "" : value);
        xml.writeEndElement();
    }

    private void textDefault(String name, String value) throws XMLStreamException {
        indent();
        xml.writeStartElement("", name, EdXmlNames.NS);
        xml.writeCharacters(value == null ? "" : value);
        xml.writeEndElement();
    }

    private void optional(String name, String value) throws XMLStreamException {
        if (value != null && !value.isBlank()) {
            text(name, value);
        }
    }

    private void indent() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    private void newline() throws XMLStreamException {
        xml.writeCharacters("\n");
    }
}
