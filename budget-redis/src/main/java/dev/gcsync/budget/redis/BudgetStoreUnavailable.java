package dev.gcsync.budget.redis;

import java.util.Locale;

/** The budget store cannot be used: a sentence naming the URL (never its password) and what to do. */
public final class BudgetStoreUnavailable extends RuntimeException {
    private BudgetStoreUnavailable(String message) {
        super(message, null, false, false);
    }

    static BudgetStoreUnavailable of(StoreUrl url, RuntimeException e) {
        String why = reason(e);
        String lower = why.toLowerCase(Locale.ROOT);
        if (lower.contains("wrongpass")
                || lower.contains("invalid password")
                || lower.contains("noauth")
                || lower.contains("auth") && lower.contains("password")) {
            return new BudgetStoreUnavailable("the budget store " + url + " refused the password: check the"
                    + " password in --budget-store (redis://:PASSWORD@host:6379/0), GCSYNC_BUDGET_STORE or budgetStore"
                    + " in gcsync.yaml");
        }
        return new BudgetStoreUnavailable("the budget store " + url + " cannot be reached (" + StoreUrl.redact(why)
                + "): start Redis there or correct --budget-store (or GCSYNC_BUDGET_STORE, budgetStore in"
                + " gcsync.yaml); to pace in this process alone, give --budget-store local");
    }

    /** The innermost message of a fault, without class names. */
    static String reason(Throwable e) {
        Throwable t = e;
        String message = e.getMessage();
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            if (t.getMessage() != null) {
                message = t.getMessage();
            }
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
