package vn.vanban4j.exchange.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.vanban4j.exchange.BusinessType;
import vn.vanban4j.exchange.Envelope;
import vn.vanban4j.exchange.ExchangeException;
import vn.vanban4j.exchange.Organ;
import vn.vanban4j.exchange.ResponseFor;
import vn.vanban4j.exchange.Staff;
import vn.vanban4j.exchange.StatusCode;
import vn.vanban4j.exchange.StatusMessage;
import vn.vanban4j.exchange.Urgency;

/** Interprets the envelope's tree: a package's {@link Envelope} or a {@link StatusMessage}; a missing part is named where it belongs. */
final class HeaderReader {
    private final String source;

    HeaderReader(String source) {
        this.source = source;
    }

    /** The message header, where both kinds of message keep their fields. */
    Node messageHeader(Node envelope) {
        Node header = require(envelope, "edXMLHeader");
        return require(header, "MessageHeader");
    }

    static boolean isStatus(Node messageHeader) {
        return messageHeader.child("StatusCode") != null;
    }

    StatusMessage status(Node header) {
        String codeText = requireText(header, "StatusCode");
        StatusCode code = StatusCode.of(codeText).orElseThrow(() -> error(header.child("StatusCode"),
                "the status code " + codeText + " is none of " + codes()));
        String description = header.text("Description");
        return new StatusMessage(organ(require(header, "From")), responseFor(require(header, "ResponseFor")),
                staff(header.child("StaffInfo")), code, description == null ? code.description() : description,
                time(header, "Timestamp"));
    }

    Envelope envelope(Node envelope, Node header) {
        Organ from = organ(require(header, "From"));
        List<Organ> to = new ArrayList<>();
        for (Node node : header.all("To")) {
            to.add(organ(node));
        }
        if (to.isEmpty()) {
            throw error(header, "no To; a package names at least one receiver");
        }
        Node code = require(header, "Code");
        String codeNumber = requireText(code, "CodeNumber");
        String codeNotation = orEmpty(code.text("CodeNotation"));
        Node promulgation = require(header, "PromulgationInfo");
        require(promulgation, "Place");
        String place = promulgation.text("Place"); // empty for a document whose copy showed no place
        LocalDate promulgationDate = date(promulgation, "PromulgationDate");
        Node type = require(header, "DocumentType");
        String typeName = requireText(type, "TypeName");
        String subject = requireText(header, "Subject");
        Node signerNode = header.child("SignerInfo");
        Envelope.Signer signer = signerNode == null ? null : new Envelope.Signer(orEmpty(signerNode.text("Competence")),
                orEmpty(signerNode.text("Position")), orEmpty(signerNode.text("FullName")));
        Node other = header.child("OtherInfo");
        Urgency urgency = Urgency.NORMAL;
        List<String> appendixes = new ArrayList<>();
        if (other != null) {
            if (other.text("Priority") != null) {
                int priority = integer(other, "Priority");
                urgency = Urgency.ofPriority(priority).orElseThrow(() -> error(other.child("Priority"),
                        "the priority " + priority + " is none of 0 (normal), 1 (khẩn), 2 (thượng khẩn), 3 (hỏa tốc)"));
            }
            Node list = other.child("Appendixes");
            if (list != null) {
                list.all("Appendix").forEach(a -> appendixes.add(a.text.toString().strip()));
            }
        }
        List<String> places = new ArrayList<>();
        Node toPlaces = header.child("ToPlaces");
        if (toPlaces != null) {
            toPlaces.all("Place").forEach(p -> places.add(p.text.toString().strip()));
        }
        Node trace = require(envelope.child("edXMLHeader"), "TraceHeaderList");
        Node traceHeader = require(trace, "TraceHeader");
        Node business = trace.child("Bussiness");
        BusinessType businessType = BusinessType.NEW;
        Staff staff = null;
        List<Envelope.Replacement> replacements = new ArrayList<>();
        if (business != null) {
            if (business.text("BussinessDocType") != null) {
                int value = integer(business, "BussinessDocType");
                businessType = BusinessType.of(value).orElseThrow(() -> error(business.child("BussinessDocType"),
                        "the business type " + value + " is none of 0 (new), 1 (revocation), 2 (update), 3 (replacement)"));
            }
            staff = staff(business.child("StaffInfo"));
            Node list = business.child("ReplacementInfoList");
            if (list != null) {
                for (Node info : list.all("ReplacementInfo")) {
                    Node ids = info.child("OrganIdList");
                    replacements.add(new Envelope.Replacement(requireText(info, "DocumentId"), ids == null ? List.of()
                            : ids.all("OrganId").stream().map(n -> n.text.toString().strip()).toList()));
                }
            }
        }
        Node response = header.child("ResponseFor");
        String documentId = header.text("DocumentId") != null ? header.text("DocumentId")
                : from.organId() + "," + EdXmlNames.date(promulgationDate) + "," + codeNumber + "/" + codeNotation;
        return new Envelope(from, to, documentId, codeNumber, codeNotation, place, promulgationDate,
                type.text("Type") == null ? 1 : integer(type, "Type"), typeName, subject, header.text("Content"), signer,
                header.child("DueDate") == null ? null : date(header, "DueDate"), urgency, appendixes,
                response == null ? null : responseFor(response), places, requireText(traceHeader, "OrganId"),
                time(traceHeader, "Timestamp"), businessType, staff, replacements);
    }

    private Organ organ(Node node) {
        return new Organ(requireText(node, "OrganId"), node.text("OrganizationInCharge"), requireText(node, "OrganName"),
                node.text("OrganAdd"), node.text("Email"), node.text("Telephone"), node.text("Fax"),
                node.text("Website"));
    }

    private ResponseFor responseFor(Node node) {
        return new ResponseFor(node.text("OrganId"), node.text("Code"),
                node.child("PromulgationDate") == null ? null : date(node, "PromulgationDate"),
                requireText(node, "DocumentId"));
    }

    private static Staff staff(Node node) {
        if (node == null || node.text("Staff") == null) {
            return null;
        }
        return new Staff(node.text("Department"), node.text("Staff"), node.text("Email"), node.text("Mobile"));
    }

    private Node require(Node parent, String name) {
        Node child = parent.child(name);
        if (child == null) {
            throw error(parent, "no " + name + "; " + parent.name + " must hold one");
        }
        return child;
    }

    private String requireText(Node parent, String name) {
        require(parent, name);
        String text = parent.text(name);
        if (text == null) {
            throw error(parent.child(name), "empty; " + name + " must hold a value");
        }
        return text;
    }

    private LocalDate date(Node parent, String name) {
        try {
            return EdXmlNames.parseDate(requireText(parent, name));
        } catch (IllegalArgumentException e) {
            throw error(parent.child(name), e.getMessage());
        }
    }

    private LocalDateTime time(Node parent, String name) {
        try {
            return EdXmlNames.parseTime(requireText(parent, name));
        } catch (IllegalArgumentException e) {
            throw error(parent.child(name), e.getMessage());
        }
    }

    private int integer(Node parent, String name) {
        String text = requireText(parent, name);
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw error(parent.child(name), "\"" + text + "\" is not a whole number");
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String codes() {
        return java.util.Arrays.stream(StatusCode.values()).map(StatusCode::code)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    ExchangeException error(Node node, String problem) {
        return new ExchangeException(source, node.line, node.column, node.path, problem);
    }
}
