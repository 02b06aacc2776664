package dev.gcsync.emulator.http;

import java.util.List;
import java.util.Map;

/**
 * A refusal answered with the Genesys error body. Carries its status, code and details; no stack trace
 * is captured and none is ever written to a response.
 */
public final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final transient List<Map<String, Object>> details;

    public ApiError(int status, String code, String message, List<Map<String, Object>> details) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.details = List.copyOf(details);
    }

    public ApiError(int status, String code, String message) {
        this(status, code, message, List.of());
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<Map<String, Object>> details() {
        return details;
    }

    public static ApiError badRequest(String message) {
        return new ApiError(400, "bad.request", message);
    }

    /** 400 {@code invalid.value} naming the field. */
    public static ApiError invalidValue(String field, String message) {
        return new ApiError(
                400, "invalid.value", message, List.of(Map.of("errorCode", "invalid.value", "fieldName", field)));
    }

    public static ApiError notFound(String entityName, String id) {
        return new ApiError(
                404,
                "not.found",
                "The " + entityName + " " + id + " was not found.",
                List.of(Map.of("errorCode", "not.found", "entityId", String.valueOf(id), "entityName", entityName)));
    }

    /** 413 for a bulk body with more than {@code max} items. */
    public static ApiError tooManyItems(int count, int max) {
        return new ApiError(
                413,
                "request.entity.too.large",
                "The request contains " + count + " items; at most " + max + " are allowed.");
    }

    /**
     * 403 {@code missing.permissions}, worded as Genesys words it ("Unable to perform the requested action.
     * You are missing the following permission(s): [routing:skill:assign]").
     */
    public static ApiError missingPermission(String permission) {
        return new ApiError(
                403,
                "missing.permissions",
                "Unable to perform the requested action. You are missing" + " the following permission(s): ["
                        + permission + "]",
                List.of(Map.of("errorCode", "missing.permissions", "fieldName", permission)));
    }

    /**
     * 403 {@code missing.division.permission} (code and wording assumed): the client has the permission, but
     * not in the division of the object.
     */
    public static ApiError missingDivisionPermission(String permission, String divisionId, String divisionName) {
        return new ApiError(
                403,
                "missing.division.permission",
                "Unable to perform the requested action. You are"
                        + " missing the following permission(s) in division " + divisionName + " (" + divisionId
                        + "): ["
                        + permission + "]",
                List.of(Map.of(
                        "errorCode",
                        "missing.division.permission",
                        "fieldName",
                        permission,
                        "entityId",
                        divisionId,
                        "entityName",
                        "division")));
    }

    public static ApiError unauthorized(String code, String message) {
        return new ApiError(401, code, message);
    }
}
