package vn.vanban4j.model.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Rewrites document JSON written by vanban4j 0.1.0 into the current shape before it is checked, so
 * files that hosts stored keep reading: a single {@code signature} becomes {@code signatures}, and a
 * signature's {@code authority} and {@code authorityBody} become its first authority line.
 */
public final class LegacyJson {
    private LegacyJson() {
    }

    /** The document tree in the current shape; a tree already current is returned as it is. */
    public static JsonNode upgradeDocument(JsonNode root) {
        if (!(root instanceof ObjectNode doc)) {
            return root;
        }
        JsonNode single = doc.get("signature");
        if (single != null && !doc.has("signatures")) {
            ArrayNode list = doc.arrayNode();
            if (!single.isNull()) {
                list.add(single);
            }
            doc.set("signatures", list);
            doc.remove("signature");
        }
        JsonNode signatures = doc.get("signatures");
        if (signatures != null && signatures.isArray()) {
            signatures.forEach(LegacyJson::upgradeSignature);
        }
        return doc;
    }

    private static void upgradeSignature(JsonNode node) {
        if (!(node instanceof ObjectNode signature) || signature.has("authorities")
                || !(signature.has("authority") || signature.has("authorityBody"))) {
            return;
        }
        JsonNode authority = signature.remove("authority");
        JsonNode body = signature.remove("authorityBody");
        ArrayNode lines = signature.arrayNode();
        boolean own = authority == null || authority.isNull() || "OWN".equals(authority.asText());
        boolean noBody = body == null || body.isNull() || body.asText().isBlank();
        if (!(own && noBody)) {
            ObjectNode line = lines.addObject();
            line.set("authority", authority == null || authority.isNull() ? signature.textNode("OWN") : authority);
            if (!noBody) {
                line.set("body", body);
            }
        }
        signature.set("authorities", lines);
    }
}
