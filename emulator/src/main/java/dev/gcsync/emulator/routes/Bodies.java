package dev.gcsync.emulator.routes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gcsync.emulator.http.ApiError;
import dev.gcsync.emulator.http.Json;
import dev.gcsync.emulator.store.Assignment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Parses and validates request bodies the way the Genesys API refuses them (400, 404, 413). */
final class Bodies {
    /** 0.0-5.0: the range of a routing skill or language proficiency. */
    static final double MAX_PROFICIENCY = 5.0;

    private final Json json;

    Bodies(Json json) {
        this.json = json;
    }

    /** A JSON array of at most {@code max} objects (413 beyond). */
    List<JsonNode> array(byte[] body, int max) {
        JsonNode node = json.tree(body);
        if (!node.isArray()) {
            throw ApiError.badRequest("The request body must be a JSON array.");
        }
        if (node.size() > max) {
            throw ApiError.tooManyItems(node.size(), max);
        }
        List<JsonNode> items = new ArrayList<>(node.size());
        node.forEach(items::add);
        return items;
    }

    JsonNode object(byte[] body) {
        JsonNode node = json.tree(body);
        if (!node.isObject()) {
            throw ApiError.badRequest("The request body must be a JSON object.");
        }
        return node;
    }

    /** {@code [{"id","proficiency"}]}, ids known to {@code exists} (404 otherwise), de-duplicated (last wins). */
    List<Assignment> assignments(byte[] body, int max, String entityName, Predicate<String> exists) {
        Map<String, Assignment> out = new LinkedHashMap<>();
        for (JsonNode item : array(body, max)) {
            Assignment a = assignment(item, entityName, exists);
            out.put(a.id(), a);
        }
        return List.copyOf(out.values());
    }

    Assignment assignment(JsonNode item, String entityName, Predicate<String> exists) {
        String id = id(item);
        if (!exists.test(id)) {
            throw ApiError.notFound(entityName, id);
        }
        return new Assignment(id, proficiency(item));
    }

    /** The "id" of an object item; 400 when missing. */
    String id(JsonNode item) {
        JsonNode id = item.isObject() ? item.get("id") : null;
        if (id == null || !id.isTextual() || id.asText().isBlank()) {
            throw ApiError.invalidValue("id", "Each item must have an id.");
        }
        return id.asText();
    }

    double proficiency(JsonNode item) {
        JsonNode p = item.get("proficiency");
        if (p == null || p.isNull()) {
            throw ApiError.invalidValue("proficiency", "proficiency is required.");
        }
        if (!p.isNumber() || p.asDouble() < 0 || p.asDouble() > MAX_PROFICIENCY) {
            throw ApiError.invalidValue("proficiency", "proficiency must be a number between 0 and 5, was " + p + ".");
        }
        return p.asDouble();
    }

    /** A string field, or null when absent; 400 when present but not a string. */
    String text(JsonNode object, String field) {
        JsonNode v = object.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw ApiError.invalidValue(field, field + " must be a string.");
        }
        return v.asText();
    }

    Boolean bool(JsonNode object, String field) {
        JsonNode v = object.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isBoolean()) {
            throw ApiError.invalidValue(field, field + " must be true or false.");
        }
        return v.asBoolean();
    }
}
