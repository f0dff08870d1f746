package vn.vanban4j.exchange.internal;

import java.util.ArrayList;
import java.util.List;

/** An element of a package's header, read whole (the header is small and bounded), with where it stands. */
final class Node {
    final String name;
    final String path;
    final int line;
    final int column;
    final StringBuilder text = new StringBuilder();
    final List<Node> children = new ArrayList<>();

    Node(String name, String path, int line, int column) {
        this.name = name;
        this.path = path;
        this.line = line;
        this.column = column;
    }

    /** The first child of that name; null when there is none. */
    Node child(String childName) {
        for (Node child : children) {
            if (child.name.equals(childName)) {
                return child;
            }
        }
        return null;
    }

    List<Node> all(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    /** The child's text, trimmed; null when the child is absent or empty. */
    String text(String childName) {
        Node child = child(childName);
        if (child == null) {
            return null;
        }
        String value = child.text.toString().strip();
        return value.isEmpty() ? null : value;
    }
}
