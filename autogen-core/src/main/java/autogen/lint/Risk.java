package autogen.lint;

/** How a step can hurt in production, from harmless to irreversible loss; the worst applies when several do. */
public enum Risk {
    /** Catalog change only, or a new object: nothing to read before applying. */
    SAFE,
    /** Renames and raw SQL: correct in the database, but running code may still use the old shape. */
    REVIEW,
    /** Holds a lock that blocks writes (or reads) while it works through the table. */
    LOCKS,
    /** Rewrites the whole table under an exclusive lock. */
    REWRITES,
    /** Fails if existing rows do not fit (the revision is then rolled back whole). */
    MAY_FAIL,
    /** Destroys data: dropped tables, columns, sequence values. */
    DESTROYS
}
