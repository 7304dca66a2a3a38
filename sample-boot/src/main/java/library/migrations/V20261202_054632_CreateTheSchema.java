package library.migrations;

import static autogen.migration.Dsl.*;

import autogen.migration.Migration;
import autogen.migration.Ops;
import autogen.migration.Revision;

/**
 * create the schema
 *
 * <p>Revision f5e67d729df0, from base, created 2026-12-02T05:46:32Z by autogen. Review before applying: comments mark the
 * steps that destroy data or can fail on existing rows.
 */
@Revision(
        id = "f5e67d729df0",
        message = "create the schema",
        created = "2026-12-02T05:46:32Z"
)
public final class V20261202_054632_CreateTheSchema implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.createTable("author",
                column("id", "bigint").generatedAsIdentity(),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("full_name", "varchar(120)").notNull(),
                primaryKey("author_pkey", "id"),
                unique("author_full_name_key", "full_name"));
        op.createTable("book",
                column("id", "bigint").generatedAsIdentity(),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("status", "varchar(16)").notNull(),
                column("title", "varchar(255)").notNull(),
                column("author_id", "bigint").notNull(),
                primaryKey("book_pkey", "id"),
                check("book_status_check", "status in ('AVAILABLE','ON_LOAN')"));
        op.addForeignKey("book",
                foreignKey("fkklnrv3weler2ftkweewlky958", "author_id").references("author", "id"));
    }

    @Override
    public void downgrade(Ops op) {
        op.dropForeignKey("book", "fkklnrv3weler2ftkweewlky958");
        // AG101 DESTROYS: drops table book and all its rows
        op.dropTable("book");
        // AG101 DESTROYS: drops table author and all its rows
        op.dropTable("author");
    }
}
