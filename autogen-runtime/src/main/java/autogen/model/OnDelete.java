package autogen.model;

import java.util.Locale;

/** A referential action of a foreign key, on delete or on update, spelled as in SQL (named for its first use). */
public enum OnDelete {
    NO_ACTION, RESTRICT, CASCADE, SET_NULL, SET_DEFAULT;

    public String sql() {
        return name().replace('_', ' ');
    }

    public static OnDelete fromSql(String sql) {
        return valueOf(sql.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
    }
}
