package autogen.model;

/** What a {@code createTable} declares: columns, the constraints written inline, and the table's comment. */
public sealed interface TableElement permits Column, PrimaryKey, UniqueConstraint, CheckConstraint, TableComment {}
