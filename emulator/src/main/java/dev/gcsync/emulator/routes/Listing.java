package dev.gcsync.emulator.routes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Genesys' paged listing shapes. */
final class Listing {
    private Listing() {}

    /** The classic listing: entities, pageSize, pageNumber, total, pageCount and the *Uri links. */
    static Map<String, Object> classic(
            List<?> entities, int pageSize, int pageNumber, long total, String base, String extraQuery) {
        long pageCount = (total + pageSize - 1) / pageSize;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("entities", entities);
        out.put("pageSize", pageSize);
        out.put("pageNumber", pageNumber);
        out.put("total", total);
        out.put("pageCount", pageCount);
        out.put("firstUri", uri(base, pageSize, 1, extraQuery));
        out.put("selfUri", uri(base, pageSize, pageNumber, extraQuery));
        if (pageNumber < pageCount) {
            out.put("nextUri", uri(base, pageSize, pageNumber + 1, extraQuery));
        }
        if (pageNumber > 1) {
            out.put("previousUri", uri(base, pageSize, pageNumber - 1, extraQuery));
        }
        out.put("lastUri", uri(base, pageSize, Math.max(1, pageCount), extraQuery));
        return out;
    }

    /** A queue-member listing: no total, pageCount or lastUri. */
    static Map<String, Object> withoutTotals(
            List<?> entities, int pageSize, int pageNumber, boolean hasMore, String base, String extraQuery) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("entities", entities);
        out.put("pageSize", pageSize);
        out.put("pageNumber", pageNumber);
        out.put("firstUri", uri(base, pageSize, 1, extraQuery));
        out.put("selfUri", uri(base, pageSize, pageNumber, extraQuery));
        if (hasMore) {
            out.put("nextUri", uri(base, pageSize, pageNumber + 1, extraQuery));
        }
        if (pageNumber > 1) {
            out.put("previousUri", uri(base, pageSize, pageNumber - 1, extraQuery));
        }
        return out;
    }

    /** A whole list as one page (the answer of a bulk write). */
    static Map<String, Object> whole(List<?> entities, String base) {
        return classic(entities, Math.max(25, entities.size()), 1, entities.size(), base, "");
    }

    /** One page of an in-memory list. */
    static <T> List<T> page(List<T> all, int pageSize, int pageNumber) {
        long from = (long) (pageNumber - 1) * pageSize;
        if (from >= all.size()) {
            return List.of();
        }
        return all.subList((int) from, (int) Math.min(all.size(), from + pageSize));
    }

    private static String uri(String base, int pageSize, long pageNumber, String extraQuery) {
        return base + "?pageSize=" + pageSize + "&pageNumber=" + pageNumber + extraQuery;
    }
}
