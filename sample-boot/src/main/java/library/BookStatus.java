package library;

/** Stored by name (varchar with a check constraint), so that reordering the constants changes no row. */
public enum BookStatus {
    AVAILABLE,
    ON_LOAN
}
