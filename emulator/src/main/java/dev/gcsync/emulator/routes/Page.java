package dev.gcsync.emulator.routes;

import dev.gcsync.emulator.http.Call;
import java.util.List;

/** The {@code pageSize} (default 25, 1 to {@code maxSize}) and 1-based {@code pageNumber} of a listing request. */
record Page(int size, int number) {

    static Page of(Call call, int maxSize) {
        return of(call, maxSize, false);
    }

    /** With {@code clamp}, a {@code pageSize} above {@code maxSize} is lowered to it (as Genesys does), not refused. */
    static Page of(Call call, int maxSize, boolean clamp) {
        return new Page(size(call, maxSize, clamp), call.intQuery("pageNumber", 1, 1, Integer.MAX_VALUE));
    }

    static int size(Call call, int maxSize, boolean clamp) {
        return clamp
                ? Math.min(maxSize, call.intQuery("pageSize", 25, 1, Integer.MAX_VALUE))
                : call.intQuery("pageSize", 25, 1, maxSize);
    }

    /** This page of {@code all}, as a classic listing. */
    <T> Object listing(List<T> all, String base, String extraQuery) {
        return Listing.classic(Listing.page(all, size, number), size, number, all.size(), base, extraQuery);
    }
}
