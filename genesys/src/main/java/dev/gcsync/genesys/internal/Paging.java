package dev.gcsync.genesys.internal;

import dev.gcsync.genesys.model.CursorPage;
import dev.gcsync.genesys.model.EntityListing;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** Paging loops: page numbers, {@code nextUri} links, cursors. Each hands every page to a consumer. */
public final class Paging {
    /** 10,000: page-number listings fail with 400 beyond this many results (genesys-api.md). */
    public static final int MAX_PAGED_RESULTS = 10_000;

    private static final int MAX_PAGES = 100_000; // a server that never stops linking is a bug, not an org

    private Paging() {}

    /** Follows {@code nextUri} from {@code firstPath} until it is absent. */
    public static <T> void followNextUri(
            String firstPath, Function<String, EntityListing<T>> fetch, Consumer<List<T>> pages) {
        String path = firstPath;
        for (int n = 0; path != null && n < MAX_PAGES; n++) {
            EntityListing<T> page = fetch.apply(path);
            pages.accept(page.entities());
            path = page.hasNext() && !page.entities().isEmpty() ? page.nextUri() : null;
        }
    }

    /** Pages by cursor from the start until no cursor comes back. */
    public static <T> void byCursor(Function<String, CursorPage<T>> fetch, Consumer<List<T>> pages) {
        String cursor = null;
        for (int n = 0; n < MAX_PAGES; n++) {
            CursorPage<T> page = fetch.apply(cursor);
            pages.accept(page.entities());
            if (!page.hasNext() || page.entities().isEmpty()) {
                return;
            }
            cursor = page.cursor();
        }
    }

    public static <T> List<T> collect(Consumer<Consumer<List<T>>> paging) {
        List<T> all = new ArrayList<>();
        paging.accept(all::addAll);
        return all;
    }
}
