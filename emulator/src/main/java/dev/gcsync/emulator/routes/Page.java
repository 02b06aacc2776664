package dev.gcsync.emulator.routes;

import dev.gcsync.emulator.http.Call;
import java.util.List;

/** The {@code pageSize} (default 25, 1 to {@code maxSize}) and 1-based {@code pageNumber} of a listing request. */
record Page(int size, int number) {

    static Page of(Call call, int maxSize) {
        return new Page(call.intQuery("pageSize", 25, 1, maxSize),
                call.intQuery("pageNumber", 1, 1, Integer.MAX_VALUE));
    }

    /** This page of {@code all}, as a classic listing. */
    <T> Object listing(List<T> all, String base, String extraQuery) {
        return Listing.classic(Listing.page(all, size, number), size, number, all.size(), base, extraQuery);
    }
}
