package dev.gcsync.sync.tree;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed YAML or JSON document that remembers where each value came from, so that every validation
 * error can name its file, line and column. Jackson's own tree ({@code JsonNode}) forgets locations.
 */
public sealed interface Node {
    Pos pos();

    /** What a user would call this kind of value, for error messages. */
    String kindName();

    /** A mapping; keys keep their own positions and file order. */
    record MapNode(Pos pos, Map<String, Field> fields) implements Node {
        public MapNode {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        @Override
        public String kindName() {
            return "a mapping";
        }
    }

    /** One key of a mapping with the key's position and its value. */
    record Field(String key, Pos keyPos, Node value) {}

    record ListNode(Pos pos, List<Node> items) implements Node {
        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public String kindName() {
            return "a list";
        }
    }

    /** A scalar: {@code text} is the value as written; {@code isNumber} when it was an unquoted number. */
    record Scalar(Pos pos, String text, boolean isNumber, boolean isNull) implements Node {
        @Override
        public String kindName() {
            return isNull ? "an empty value" : isNumber ? "a number" : "a text";
        }
    }
}
