package autogen.model;

/** What can be declared inside {@code CREATE TABLE}: columns and the constraints written inline. */
public sealed interface TableElement permits Column, PrimaryKey, UniqueConstraint, CheckConstraint {}
