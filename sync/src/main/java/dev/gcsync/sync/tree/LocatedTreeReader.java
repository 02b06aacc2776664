package dev.gcsync.sync.tree;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a YAML or JSON document into {@link Node} trees with positions, through Jackson's streaming
 * parser (the same code for both formats: pass a {@code YAMLFactory} or a {@code JsonFactory}).
 */
public final class LocatedTreeReader {
    private final JsonFactory factory;

    public LocatedTreeReader(JsonFactory factory) {
        this.factory = factory;
    }

    /** Receives a document streamed by {@link #stream}. */
    public interface Sink {
        /** A top-level key and its whole value (lists are handed over item by item instead). */
        void value(String key, Pos keyPos, Node value);

        /** One item of a top-level list. */
        void item(String key, Node item);

        /** The document's root is not a mapping. */
        void notAMapping(Node root);
    }

    /**
     * Reads a document whose root is a mapping, handing each top-level value to {@code sink} as soon as it
     * is read and each item of a top-level list on its own, so that a 100,000-user file never exists as one
     * tree in memory. A key given twice in one mapping is a syntax error: a silent "last one wins"
     * would hide a typo.
     *
     * @return false when the document is empty
     * @throws CharacterCodingException when the text is not in the reader's encoding (a binary file)
     */
    public boolean stream(String file, Reader reader, Sink sink) throws SyntaxException, CharacterCodingException {
        try (JsonParser parser = factory.createParser(reader)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return false;
            }
            if (first != JsonToken.START_OBJECT) {
                sink.notAMapping(readValue(file, parser));
                return true;
            }
            Map<String, Pos> seen = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                Pos keyPos = pos(file, parser);
                Pos previous = seen.putIfAbsent(key, keyPos);
                if (previous != null) {
                    throw new SyntaxException(
                            keyPos,
                            "key '" + key + "' is given twice in this mapping" + " (first at line " + previous.line()
                                    + ")",
                            "Keep one of them");
                }
                if (parser.nextToken() == JsonToken.START_ARRAY) {
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        sink.item(key, readValue(file, parser));
                    }
                } else {
                    sink.value(key, keyPos, readValue(file, parser));
                }
            }
            return true;
        } catch (JsonProcessingException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof CharacterCodingException coding) {
                    throw coding;
                }
            }
            SyntaxMessages.Plain plain = SyntaxMessages.of(file, e);
            throw new SyntaxException(plain.pos(), plain.message(), plain.hint());
        } catch (CharacterCodingException e) {
            throw e;
        } catch (IOException e) {
            throw new SyntaxException(
                    new Pos(file, 0, 0),
                    "the file cannot be read to the end",
                    "Check that it is" + " complete and readable, then run again");
        }
    }

    private Node readValue(String file, JsonParser parser) throws IOException, SyntaxException {
        Pos pos = pos(file, parser);
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, Node.Field> fields = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    Pos keyPos = pos(file, parser);
                    parser.nextToken();
                    Node value = readValue(file, parser);
                    Node.Field previous = fields.get(key);
                    if (previous != null) {
                        throw new SyntaxException(
                                keyPos,
                                "key '" + key + "' is given twice in this mapping" + " (first at line "
                                        + previous.keyPos().line() + ")",
                                "Keep one of them");
                    }
                    fields.put(key, new Node.Field(key, keyPos, value));
                }
                return new Node.MapNode(pos, fields);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(file, parser));
                }
                return new Node.ListNode(pos, items);
            }
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Node.Scalar(pos, parser.getText(), true, false);
            case VALUE_NULL:
                return new Node.Scalar(pos, "", false, true);
            default:
                return new Node.Scalar(pos, parser.getText(), false, false);
        }
    }

    private static Pos pos(String file, JsonParser parser) {
        JsonLocation loc = parser.currentTokenLocation();
        return new Pos(file, loc.getLineNr(), loc.getColumnNr());
    }
}
