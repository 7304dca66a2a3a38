package autogen.lint;

/** Stable codes of findings, for comments, {@code autogen lint} and acknowledgements. */
public enum Code {
    AG101_DROP_TABLE(Risk.DESTROYS),
    AG102_DROP_COLUMN(Risk.DESTROYS),
    AG103_DROP_SEQUENCE(Risk.DESTROYS),
    AG201_NARROWING_TYPE(Risk.MAY_FAIL),
    AG202_SET_NOT_NULL(Risk.MAY_FAIL),
    AG203_ADD_UNIQUE(Risk.MAY_FAIL),
    AG204_ADD_CHECK(Risk.MAY_FAIL),
    AG205_ADD_FOREIGN_KEY(Risk.MAY_FAIL),
    AG206_ADD_PRIMARY_KEY(Risk.MAY_FAIL),
    AG207_NOT_NULL_WITHOUT_VALUE(Risk.MAY_FAIL),
    AG208_BACKFILL(Risk.REVIEW),
    AG301_TABLE_REWRITE(Risk.REWRITES),
    AG302_INDEX_BLOCKS_WRITES(Risk.LOCKS),
    AG401_RENAME(Risk.REVIEW),
    AG402_RAW_SQL(Risk.REVIEW),
    AG403_REINTERPRETS(Risk.REVIEW),
    AG404_REFERENTIAL_ACTION(Risk.REVIEW),
    AG501_NOT_AUTOMATIC(Risk.MAY_FAIL);

    private final Risk risk;

    Code(Risk risk) {
        this.risk = risk;
    }

    public Risk risk() {
        return risk;
    }

    /** {@code AG102}, as written in comments and acknowledgements. */
    public String id() {
        return name().substring(0, 5);
    }
}
