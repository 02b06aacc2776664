package dev.gcsync.genesys.internal;

import dev.gcsync.genesys.GenesysException;
import dev.gcsync.genesys.model.CursorPage;
import dev.gcsync.genesys.model.EntityListing;
import dev.gcsync.genesys.model.User;
import dev.gcsync.governor.Outcome;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Reads every user of one state, page by page, the way a real org allows:
 * <ul>
 *   <li>page numbers while the listing has at most 10,000 users, else the cursor of {@code /users/query};</li>
 *   <li>{@code /users/query} refused with 403 (it needs {@code directory:user:view} in every division): page
 *       numbers ascending up to 10,000, then descending for the rest (so at most 20,000 users), with a notice;</li>
 *   <li>400 {@code response.entity.too.large}: the page size is halved and the same page asked again.</li>
 * </ul>
 * Stateless between calls; not thread-safe during one (one reading thread).
 */
public final class UserPager {
    /** What the pager asks the API for. */
    public interface Source {
        EntityListing<User> page(int pageSize, int pageNumber, boolean descending);

        CursorPage<User> cursor(int pageSize, String cursor);
    }

    private final Source source;
    private final Consumer<String> notices;

    public UserPager(Source source, Consumer<String> notices) {
        this.source = source;
        this.notices = notices;
    }

    public void forEach(int pageSize, Consumer<List<User>> pages) {
        int[] size = {pageSize};
        EntityListing<User> first = shrinking(size, s -> source.page(s, 1, false));
        long total = first.total() == null ? 0 : first.total();
        if (total > Paging.MAX_PAGED_RESULTS) {
            try {
                byCursor(size, pages);
                return;
            } catch (GenesysException e) {
                if (e.status() != 403) {
                    throw e;
                }
                if (total > 2L * Paging.MAX_PAGED_RESULTS) {
                    throw new GenesysException(
                            e.call(),
                            403,
                            e.code().orElse(null),
                            "cannot read " + total
                                    + " users: /api/v2/users/query was refused ("
                                    + e.serverMessage().orElse("403")
                                    + ") and page-number paging reaches 20,000 users at most. Grant the OAuth client"
                                    + " directory:user:view in all divisions",
                            e.correlationId().orElse(null),
                            e.attempts(),
                            Outcome.FAILED,
                            Optional.empty(),
                            null);
                }
                notices.accept("/api/v2/users/query was refused (HTTP 403: the OAuth client lacks directory:user:view"
                        + " in some division); reading the " + total + " users by page number instead, ascending"
                        + " then descending (at most 20,000). Grant directory:user:view in all divisions to use"
                        + " the cursor");
                twoWays(first, size, pages);
                return;
            }
        }
        pages.accept(first.entities());
        byNumber(first, size, false, pages, null);
    }

    private void byCursor(int[] size, Consumer<List<User>> pages) {
        Paging.byCursor(cursor -> shrinking(size, s -> source.cursor(s, cursor)), pages);
    }

    /** Ascending up to the 10,000th user, then descending until the two passes meet. */
    private void twoWays(EntityListing<User> first, int[] size, Consumer<List<User>> pages) {
        Set<String> seen = new HashSet<>();
        first.entities().forEach(u -> seen.add(u.id()));
        pages.accept(first.entities());
        byNumber(first, size, false, pages, seen);
        EntityListing<User> last = shrinking(size, s -> source.page(s, 1, true));
        if (deliverUnseen(last, seen, pages)) {
            byNumber(last, size, true, pages, seen);
        }
    }

    /**
     * Pages 2, 3, ... after {@code first}, while there is a next page within 10,000 results; with {@code seen},
     * delivers only users not seen and stops at the first page that overlaps them.
     */
    private void byNumber(
            EntityListing<User> first, int[] size, boolean descending, Consumer<List<User>> pages, Set<String> seen) {
        EntityListing<User> page = first;
        long consumed = first.entities().size();
        while (page.hasNext() && !page.entities().isEmpty()) {
            long from = consumed;
            page = shrinking(size, s -> {
                int fits = from % s == 0
                        ? s
                        : (int) BigInteger.valueOf(from)
                                .gcd(BigInteger.valueOf(s))
                                .longValue(); // a page size that starts exactly at 'from'
                return from + fits > Paging.MAX_PAGED_RESULTS
                        ? null
                        : source.page(fits, (int) (from / fits) + 1, descending);
            });
            if (page == null) {
                return;
            }
            consumed += page.entities().size();
            if (seen == null) {
                pages.accept(page.entities());
            } else if (!deliverUnseen(page, seen, pages)) {
                return;
            }
        }
    }

    /** Delivers the users not seen yet; false when the page overlapped users already seen. */
    private static boolean deliverUnseen(EntityListing<User> page, Set<String> seen, Consumer<List<User>> pages) {
        List<User> fresh =
                page.entities().stream().filter(u -> seen.add(u.id())).toList();
        pages.accept(fresh);
        return fresh.size() == page.entities().size();
    }

    /** Calls {@code fetch} with the current page size, halving it on 400 response.entity.too.large. */
    private <T> T shrinking(int[] size, IntFunction<T> fetch) {
        while (true) {
            try {
                return fetch.apply(size[0]);
            } catch (GenesysException e) {
                if (e.status() != 400
                        || !e.code().filter("response.entity.too.large"::equals).isPresent()
                        || size[0] == 1) {
                    throw e;
                }
                int smaller = Math.max(1, size[0] / 2);
                notices.accept("a page of " + size[0] + " users was too large for the server (response.entity"
                        + ".too.large); reading pages of " + smaller + " instead");
                size[0] = smaller;
            }
        }
    }
}
