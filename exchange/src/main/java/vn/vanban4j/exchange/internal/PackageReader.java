package vn.vanban4j.exchange.internal;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.vanban4j.exchange.ExchangeException;
import vn.vanban4j.exchange.ExchangeLimits;
import vn.vanban4j.exchange.ReceivedAttachment;
import vn.vanban4j.model.AtomicFiles;

/**
 * Reads an edXML file with the JDK's StAX reader, hardened: a DTD is refused before anything it
 * declares is used (no external entities, no entity expansion), nesting, element count, text and
 * the file's bytes are bounded. The envelope is read into a small tree; the attachments' base64 is
 * decoded as it arrives, into memory or into files, never held as text.
 */
public final class PackageReader {
    private final XMLStreamReader xml;
    private final String source;
    private final ExchangeLimits limits;
    private final Path attachmentFolder;
    private final Deque<String> path = new ArrayDeque<>();
    private final Map<String, Integer> fileNames = new HashMap<>();
    private final List<Path> written = new ArrayList<>();
    private int elements;

    /** What an edXML file holds before its header is interpreted. */
    record Parsed(Node envelope, List<ReceivedAttachment> attachments) {
    }

    private PackageReader(XMLStreamReader xml, String source, ExchangeLimits limits, Path attachmentFolder) {
        this.xml = xml;
        this.source = source;
        this.limits = limits;
        this.attachmentFolder = attachmentFolder;
    }

    /**
     * Reads the file; attachments go to {@code attachmentFolder} when one is given, else into memory.
     *
     * @throws ExchangeException naming the place and the problem
     */
    static Parsed read(InputStream in, String source, ExchangeLimits limits, Path attachmentFolder)
            throws IOException {
        Bounded bounded = new Bounded(in, limits.packageBytes());
        XMLStreamReader xml;
        try {
            xml = factory().createXMLStreamReader(bounded);
        } catch (XMLStreamException e) {
            throw new ExchangeException(source, 0, 0, "", "not XML: " + e.getMessage());
        }
        PackageReader reader = new PackageReader(xml, source, limits, attachmentFolder);
        boolean whole = false;
        try {
            Parsed parsed = reader.document();
            whole = true;
            return parsed;
        } catch (XMLStreamException | IOException e) {
            if (bounded.passed) {
                throw new ExchangeException(source, 0, 0, "", "larger than " + megabytes(limits.packageBytes())
                        + "; the limit is ExchangeLimits.packageBytes");
            }
            if (e instanceof IOException io) {
                throw io;
            }
            ExchangeException located = reader.malformed((XMLStreamException) e);
            if (located == null) {
                throw (IOException) ((XMLStreamException) e).getNestedException();
            }
            throw located;
        } finally {
            if (!whole) {
                removeAll(reader.written);
            }
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // the input is closed by its owner
            }
        }
    }

    private ExchangeException malformed(XMLStreamException e) {
        if (e.getNestedException() instanceof IOException) {
            return null;
        }
        Location at = e.getLocation();
        String message = e.getMessage() == null ? "not well-formed XML" : e.getMessage();
        int cut = message.indexOf("Message: ");
        return new ExchangeException(source, at == null ? 0 : at.getLineNumber(), at == null ? 0 : at.getColumnNumber(),
                currentPath(), "not well-formed XML: " + readable(cut >= 0 ? message.substring(cut + 9) : message));
    }

    private static final java.util.regex.Pattern UNBOUND = java.util.regex.Pattern.compile(
            ".*#(Element|Attribute)PrefixUnbound\\?([^&]*)&([^&]*)(?:&(.*))?");

    // the JDK reports an undeclared prefix as a message key with arguments: said in words
    private static String readable(String message) {
        java.util.regex.Matcher m = UNBOUND.matcher(message.strip());
        if (!m.matches()) {
            return message;
        }
        return m.group(1).equals("Element")
                ? "the prefix " + m.group(2) + " of the element " + m.group(3) + " is not declared (no xmlns:" + m.group(2) + ")"
                : "the prefix " + m.group(4) + " of the attribute " + m.group(3) + " on " + m.group(2)
                        + " is not declared (no xmlns:" + m.group(4) + ")";
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory(); // the JDK's, whatever else the class path holds
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    private Parsed document() throws XMLStreamException, IOException {
        nextElement();
        checkNamespace();
        if (!xml.getLocalName().equals("edXML")) {
            path.push(xml.getLocalName());
            throw error("the root is " + xml.getLocalName() + "; an edXML package or status message has the root edXML");
        }
        path.push("edXML");
        Node envelope = null;
        List<ReceivedAttachment> attachments = new ArrayList<>();
        while (nextChild()) {
            String name = xml.getLocalName();
            if (name.equals("edXMLEnvelope") && envelope == null) {
                envelope = tree();
            } else if (name.equals("AttachmentEncoded")) {
                enter();
                while (nextChild()) {
                    if (xml.getLocalName().equals("Attachment")) {
                        attachments.add(attachment(attachments.size()));
                    } else {
                        skip();
                    }
                }
                leave();
            } else {
                skip();
            }
        }
        if (envelope == null) {
            throw error("no edXMLEnvelope; a package or status message carries one");
        }
        return new Parsed(envelope, attachments);
    }

    // the start of the next element, past the prolog; a DTD is refused
    private void nextElement() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw error("declares a DTD (<!DOCTYPE>); a package carries none, and no entity is expanded");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                return;
            }
        }
        throw error("no element: the file is empty or holds no XML");
    }

    /** Moves to the next child element of the current one; false at its end. Text between elements is ignored. */
    private boolean nextChild() throws XMLStreamException {
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                checkNamespace();
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw error("the entity &" + xml.getLocalName() + "; is not expanded; a package uses none");
            }
        }
    }

    private void enter() {
        path.push(xml.getLocalName());
        elements++;
        if (path.size() > limits.depth()) {
            throw error("elements nest deeper than " + limits.depth() + " levels; the limit is ExchangeLimits.depth");
        }
        if (elements > limits.elements()) {
            throw error("more than " + limits.elements() + " elements; the limit is ExchangeLimits.elements");
        }
    }

    private void leave() {
        path.pop();
    }

    /** Reads the current element and everything under it into a tree. */
    private Node tree() throws XMLStreamException {
        enter();
        Location at = xml.getLocation();
        Node node = new Node(xml.getLocalName(), currentPath(), at.getLineNumber(), at.getColumnNumber());
        if (node.name.equals("Signature")) {
            skipContent(); // an XML signature is not read (nor, in the samples, in its own namespace)
            leave();
            return node;
        }
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    checkNamespace();
                    node.children.add(tree());
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (node.text.length() + xml.getTextLength() > limits.textChars()) {
                        throw error("a text longer than " + limits.textChars()
                                + " characters; the limit is ExchangeLimits.textChars");
                    }
                    node.text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                }
                case XMLStreamConstants.ENTITY_REFERENCE ->
                        throw error("the entity &" + xml.getLocalName() + "; is not expanded; a package uses none");
                case XMLStreamConstants.END_ELEMENT -> {
                    leave();
                    return node;
                }
                default -> {
                    // comments and processing instructions carry nothing
                }
            }
        }
    }

    private void skip() throws XMLStreamException {
        enter();
        skipContent();
        leave();
    }

    // past the end of the current element, counting depth and elements as it goes
    private void skipContent() throws XMLStreamException {
        int level = 0;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                enter();
                level++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (level == 0) {
                    return;
                }
                leave();
                level--;
            } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw error("the entity &" + xml.getLocalName() + "; is not expanded; a package uses none");
            }
        }
    }

    private ReceivedAttachment attachment(int index) throws XMLStreamException, IOException {
        if (index >= limits.attachments()) {
            path.push("Attachment");
            throw error("more than " + limits.attachments() + " attachments; the limit is ExchangeLimits.attachments");
        }
        enter();
        Map<String, String> fields = new HashMap<>();
        long size = -1;
        byte[] bytes = null;
        Path file = null;
        while (nextChild()) {
            String name = xml.getLocalName();
            if (name.equals("ContentTransferEncoded")) {
                if (size >= 0) {
                    throw located("a second ContentTransferEncoded; an attachment carries one");
                }
                String fileName = fields.get("AttachmentName");
                if (fileName == null) {
                    throw located("ContentTransferEncoded comes before AttachmentName; the name goes first, as in the samples");
                }
                enter();
                if (attachmentFolder == null) {
                    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                    size = decode(buffer);
                    bytes = buffer.toByteArray();
                } else {
                    file = attachmentFolder.resolve(safeFileName(fileName));
                    long[] decoded = new long[1];
                    try {
                        AtomicFiles.write(file, out -> decoded[0] = decodeChecked(out));
                    } catch (Streamed e) {
                        throw e.cause;
                    }
                    size = decoded[0];
                    written.add(file);
                }
                leave();
            } else {
                Node field = tree();
                fields.put(name, field.text.toString().strip());
            }
        }
        if (size < 0) {
            throw error("an Attachment without ContentTransferEncoded (its base64 content)");
        }
        String contentId = required(fields, "ContentId");
        leave();
        return new ReceivedAttachment(contentId, fields.get("AttachmentName"),
                fields.getOrDefault("ContentType", "application/octet-stream"), fields.get("Description"), size,
                bytes, file);
    }

    private String required(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null || value.isEmpty()) {
            throw error("no " + name + "; an Attachment carries one");
        }
        return value;
    }

    /** Carries a stream error out of the file writer's callback. */
    private static final class Streamed extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient RuntimeException cause;

        Streamed(RuntimeException cause) {
            super(cause.getMessage(), null);
            this.cause = cause;
        }
    }

    private long decodeChecked(OutputStream out) throws IOException {
        try {
            return decode(out);
        } catch (XMLStreamException e) {
            ExchangeException located = malformed(e);
            if (located == null) {
                throw (IOException) e.getNestedException();
            }
            throw new Streamed(located);
        } catch (ExchangeException e) {
            throw new Streamed(e);
        }
    }

    private long decode(OutputStream out) throws XMLStreamException, IOException {
        Base64Sink sink = new Base64Sink(out, limits.attachmentBytes());
        try {
            while (true) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            sink.accept(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    case XMLStreamConstants.START_ELEMENT -> throw error("an element inside base64 content");
                    case XMLStreamConstants.ENTITY_REFERENCE ->
                            throw error("the entity &" + xml.getLocalName() + "; is not expanded; a package uses none");
                    case XMLStreamConstants.END_ELEMENT -> {
                        return sink.finish();
                    }
                    default -> {
                        // comments carry nothing
                    }
                }
            }
        } catch (Base64Sink.TooLarge e) {
            throw error("an attachment larger than " + megabytes(limits.attachmentBytes())
                    + "; the limit is ExchangeLimits.attachmentBytes");
        } catch (IllegalArgumentException e) {
            throw error("not base64: " + e.getMessage());
        }
    }

    // the name's last part, without characters a file system gives meaning to; a second file of a name gets a number
    private String safeFileName(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\x00-\\x1f:*?\"<>|]", "_").strip();
        if (base.isEmpty() || base.equals(".") || base.equals("..")) {
            base = "attachment";
        }
        int seen = fileNames.merge(base, 1, Integer::sum);
        return seen == 1 ? base : seen + "-" + base;
    }

    private void checkNamespace() {
        String ns = xml.getNamespaceURI();
        if (EdXmlNames.NS.equals(ns) || EdXmlNames.DSIG.equals(ns) && !path.isEmpty()) {
            return;
        }
        path.push(xml.getLocalName());
        throw error("the element is in the namespace " + (ns == null || ns.isEmpty() ? "(none)" : ns)
                + "; edXML elements are in " + EdXmlNames.NS);
    }

    private String currentPath() {
        StringBuilder text = new StringBuilder();
        path.descendingIterator().forEachRemaining(name -> text.append('/').append(name));
        return text.toString();
    }

    private ExchangeException error(String problem) {
        Location at = xml.getLocation();
        return new ExchangeException(source, at.getLineNumber(), at.getColumnNumber(), currentPath(), problem);
    }

    // at the element just started
    private ExchangeException located(String problem) {
        path.push(xml.getLocalName());
        return error(problem);
    }

    /** Removes the attachments written for a package that turned out broken: nothing of it is left. */
    static void removeAll(List<Path> files) throws IOException {
        for (Path file : files) {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    static String megabytes(long bytes) {
        return bytes % (1L << 20) == 0 ? (bytes >> 20) + " MB" : bytes + " bytes";
    }

    /** Counts the bytes read and stops past the limit. */
    private static final class Bounded extends FilterInputStream {
        private final long limit;
        private long count;
        boolean passed;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws IOException {
            count += n;
            if (count > limit) {
                passed = true;
                throw new IOException("the package passes its size limit");
            }
        }
    }
}
